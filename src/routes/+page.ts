// The root only points to /lv/ (meta refresh + a small inline script that keeps a link's fragment).
export const csr = false;
