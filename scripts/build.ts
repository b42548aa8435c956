/** npm run build (after the type check): bundles the Lambda to dist/lambda/index.js. */
import { buildLambda } from "./lib/bundle";

buildLambda()
  .then((out) => console.log(`Built ${out}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
