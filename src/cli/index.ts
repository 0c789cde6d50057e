export { runCli } from './validate.js';
export { catalogueJsonSchema } from '../catalogue/json-schema.js';
