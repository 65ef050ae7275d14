import { authorList } from "@/app/_lists/author-list";

export const dynamicParams = false;
const { generateStaticParams, generateMetadata, Page } = authorList.laterPages;
export { generateStaticParams, generateMetadata };
export default Page;
