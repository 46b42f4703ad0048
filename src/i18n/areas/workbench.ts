/** Interface strings of the workbench area (see README.md in this folder). */
export const zh = {} as const;
export const en: Record<keyof typeof zh, string> = {};
