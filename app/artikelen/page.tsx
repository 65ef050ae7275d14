import { articleList } from "@/app/_lists/article-list";

const { generateMetadata, Page } = articleList.firstPage;
export { generateMetadata };
export default Page;
