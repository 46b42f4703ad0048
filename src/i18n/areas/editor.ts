/** Interface strings of the editor area (see README.md in this folder). */
export const zh = {} as const;
export const en: Record<keyof typeof zh, string> = {};
