/** npm run build (after the type check): bundles the Lambda to dist/lambda/index.js, as deployed (without the local runners' file store). */
import { buildLambda } from "./lib/bundle";

buildLambda({ forDeploy: true })
  .then((out) => console.log(`Built ${out}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
