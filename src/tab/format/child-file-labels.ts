/** The words for the child's file live with the records they describe (also used by the chronology and its PDF). */
export * from '../../core/child-status/labels.js';
