// The working-day calendar: ISO date helpers and the official calendar with administrator overrides.
export * from './iso-date.js';
export * from './working-calendar.js';
