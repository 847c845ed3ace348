export { mountWorkbench } from './mountWorkbench';
export { prefersPlaygroundPage } from './prefersPlaygroundPage';
export { readExampleOperations, type ExampleOperation } from './readExampleOperations';
