/** Limits of what a form may submit to the engine, shared by the workbench and the scenarios. */

/**
 * Largest message text a form may submit (characters): a 99-line list is far below it, and the
 * engine's XML reader refuses anything above its own, larger cap (MAX_XML_LENGTH).
 */
export const MAX_MESSAGE_CHARS = 300_000;
