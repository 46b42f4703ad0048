/** Sandbox workbench actions (stores, products, market days, declarations, regulator decisions). */
export const sandbox = {};
