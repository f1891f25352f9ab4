/** Ids of the reader's elements that other parts of the room look up: the skip link, the desk's layout, the take-over of the host's page. */
export const READING_TEXT_ID = 'reading-text';
export const READER_COLUMN_ID = 'reader-column';
