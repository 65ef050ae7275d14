import { authorList } from "@/app/_lists/author-list";

export const dynamicParams = false;
const { generateStaticParams, generateMetadata, Page } = authorList.firstPage;
export { generateStaticParams, generateMetadata };
export default Page;
