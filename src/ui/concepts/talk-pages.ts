/** The concept and story pages in one chunk, loaded on first visit to any of them. */

export { default as StoriesPage } from "../stories/StoriesPage";
export { default as CardPage } from "./CardPage";
export { default as ConceptsPage } from "./ConceptsPage";
