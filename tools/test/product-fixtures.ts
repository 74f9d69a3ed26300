// Moved to @comptoir/testing; kept until the last tools/test file importing it has moved.
export { productInput } from '@comptoir/testing';
