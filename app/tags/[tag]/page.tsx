import { tagList } from "@/app/_lists/tag-list";

export const dynamicParams = false;
const { generateStaticParams, generateMetadata, Page } = tagList.firstPage;
export { generateStaticParams, generateMetadata };
export default Page;
