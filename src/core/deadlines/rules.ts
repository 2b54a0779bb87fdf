// The statutory periods, in working days (《中华人民共和国政府信息公开条例》, 国务院令第711号).

/** 第三十三条第一款: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** 第三十三条第二款: an approved extension adds at most 20 working days. */
export const EXTENSION_MAX_WORKING_DAYS = 20;
/** 第三十条: the one-time 补正 notice goes out within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
/** 第三十二条 (third party) and 第三十四条 (other agency): the consulted party answers within 15 working days. */
export const CONSULTATION_WORKING_DAYS = 15;
/** Issue #4: a deadline is "due soon" with 3 working days or fewer left. */
export const DUE_SOON_WORKING_DAYS = 3;

/** Dates the engine accepts: wide enough for any real application, narrow enough to catch typos. */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2199-12-31';
