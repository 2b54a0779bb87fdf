// 信息处理费 (国办函〔2020〕109号).
export * from './fees.js';
