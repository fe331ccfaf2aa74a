// A static page: no JavaScript is needed to read about the data, so none is shipped.
export const csr = false;
