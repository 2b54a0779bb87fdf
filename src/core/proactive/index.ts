// Proactive disclosure records (主动公开): the register of 规章 and 行政规范性文件, yearly counts, section 二.
export * from './figures.js';
export * from './register.js';
