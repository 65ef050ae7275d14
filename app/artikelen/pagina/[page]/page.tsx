import { articleList } from "@/app/_lists/article-list";

export const dynamicParams = false;
const { generateStaticParams, generateMetadata, Page } = articleList.laterPages;
export { generateStaticParams, generateMetadata };
export default Page;
