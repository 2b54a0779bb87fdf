// 行政复议 and 行政诉讼 over disclosure, and section 四 counted from them.
export * from './appeals.js';
export { reviewLitigationFigures } from './figures.js';
