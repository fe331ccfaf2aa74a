export { entries, load } from '../page-data.server';
