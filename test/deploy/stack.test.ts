/**
 * The CloudFormation stack `npm run deploy` creates, proven without deploying:
 * the committed template is generated from infra/skill-stack.ts and matches
 * the CloudFormation resource specification; it fits what the installed
 * ask-cli's CloudFormation deployer passes and reads; and the function, with
 * the environment the template gives it, serves its own skill and keeps
 * progress in a table made from the template's own definition (dynalite on
 * 127.0.0.1), sending exactly the item operations the role allows.
 */
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import type { RequestEnvelope } from "ask-sdk-model";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ASK_CLI_PARAMETERS,
  ENDPOINT_OUTPUT,
  getAtt,
  LAMBDA_RUNTIME,
  NAME_PROPERTIES,
  ref,
  STACK_RESOURCES,
} from "../../infra/skill-stack";
import { templateProblems } from "../../infra/template-check";
import { DYNAMO_ITEM_ACTIONS, DYNAMO_TABLE_KEY } from "../../lambda/persistence/dynamo-access";
import { createRecordStore, DEFAULT_TABLE } from "../../lambda/persistence/store-config";
import { LAMBDA_BUILD, PROJECT_ROOT } from "../../scripts/lib/bundle";
import { STACK_PATH, stackText } from "../../scripts/generate-stack";
import { withAttributes } from "../support/attributes-store";
import { createTableInput, localSdkConfig, startDynalite, type LocalDynamo } from "../support/dynalite";
import { envelope, requestOf } from "../support/envelopes";
import { assertValidResponse } from "../support/response-checks";
import { userEnvelope } from "../support/user-envelope";
import { startOperationRecorder, type OperationRecorder } from "./operation-recorder";

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, read by path in assertions
type Json = any;

const committedText = readFileSync(STACK_PATH, "utf8");
const stack: Json = JSON.parse(committedText);
const resource = (id: string): Json => stack.Resources[id];
const table = resource(STACK_RESOURCES.table);
const fn = resource(STACK_RESOURCES.function);
const role = resource(STACK_RESOURCES.role);

/** A fresh copy of the committed template, to break on purpose. */
const copy = (): Json => JSON.parse(committedText);

/** The role's policy statements, from all its inline policies. */
const statements = (): Json[] => role.Properties.Policies.flatMap((policy: Json) => policy.PolicyDocument.Statement);
const actionsOf = (statement: Json): string[] => [statement.Action].flat();

/** The name CloudFormation gives a resource the template does not name: <stack>-<logical id>-<random>; the template's own when it names one. */
function physicalName(stackName: string, logicalId: string): string {
  const named = resource(logicalId)?.Properties?.TableName;
  return typeof named === "string"
    ? named
    : `${stackName}-${logicalId}-${Math.random().toString(36).slice(2, 14).toUpperCase()}`;
}

/** CreateTable as CloudFormation sends it for the template's table, under `name`. */
async function createFromTemplate(endpoint: string, name: string): Promise<void> {
  const { AttributeDefinitions, KeySchema, BillingMode } = table.Properties;
  const client = new DynamoDBClient(localSdkConfig(endpoint));
  try {
    await client.send(new CreateTableCommand({ TableName: name, AttributeDefinitions, KeySchema, BillingMode }));
  } finally {
    client.destroy();
  }
}

describe("a second deploy of the template (dynalite on 127.0.0.1)", () => {
  it("creates its table beside the first stack's, and beside a table a deleted stack kept", async () => {
    const dynamo = await startDynalite();
    try {
      // The first stack's table, left behind when that stack was deleted (DeletionPolicy: Retain).
      await createFromTemplate(dynamo.endpoint, physicalName("neck-coach-skill", STACK_RESOURCES.table));
      // A fresh clone, or another profile, deploys the same template as the same stack name, and as another.
      await expect(
        createFromTemplate(dynamo.endpoint, physicalName("neck-coach-skill", STACK_RESOURCES.table)),
      ).resolves.toBeUndefined();
      await expect(
        createFromTemplate(dynamo.endpoint, physicalName("neck-coach-other", STACK_RESOURCES.table)),
      ).resolves.toBeUndefined();
    } finally {
      await dynamo.stop();
    }
  });
});

describe("infra/skill-stack.json", () => {
  it("is generated from infra/skill-stack.ts and up to date", () => {
    expect(committedText, "stale: run npx tsx scripts/generate-stack.ts").toBe(stackText());
  });

  it("matches the CloudFormation resource specification", () => {
    expect(templateProblems(stack)).toEqual([]);
  });

  it.each<[string, (t: Json) => void, RegExp]>([
    [
      "a misspelled property",
      (t) => {
        const properties = t.Resources.SkillFunction.Properties;
        properties.Architecture = properties.Architectures;
        delete properties.Architectures;
      },
      /SkillFunction\.Properties\.Architecture: not a property of AWS::Lambda::Function/,
    ],
    [
      "a value the property does not allow",
      (t) => (t.Resources.FunctionLogGroup.Properties.RetentionInDays = 31),
      /RetentionInDays: expected one of .*30/,
    ],
    [
      "a missing required property",
      (t) => delete t.Resources.SkillFunction.Properties.Role,
      /Role: required by AWS::Lambda::Function, missing/,
    ],
    [
      "a number written as a string",
      (t) => (t.Resources.SkillFunction.Properties.MemorySize = "256"),
      /MemorySize: expected an integer/,
    ],
    [
      "a misspelled key schema field",
      (t) => (t.Resources.UserTable.Properties.KeySchema[0].KeyTyp = "HASH"),
      /KeyTyp: not a property of KeySchema/,
    ],
    [
      "an attribute the resource does not have",
      (t) =>
        (t.Resources.FunctionRole.Properties.Policies[0].PolicyDocument.Statement[0].Resource = getAtt(
          "UserTable",
          "TableArn",
        )),
      /AWS::DynamoDB::Table has no attribute TableArn/,
    ],
    [
      "a reference to nothing",
      (t) => (t.Resources.SkillFunction.Properties.Environment.Variables.SKILL_ID = ref("SkilId")),
      /Ref to "SkilId"/,
    ],
    [
      "a resource type that does not exist",
      (t) => (t.Resources.UserTable.Type = "AWS::DynamoDB::Tables"),
      /not a CloudFormation resource type/,
    ],
    [
      "a deletion policy that does not exist",
      (t) => (t.Resources.UserTable.DeletionPolicy = "Keep"),
      /DeletionPolicy: not a policy/,
    ],
  ])("fails the specification check with %s", (_, breakIt, problem) => {
    const broken = copy();
    breakIt(broken);
    const problems = templateProblems(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it("creates the function on the bundle's runtime, on arm64, logging to a log group with a retention", () => {
    expect(LAMBDA_RUNTIME).toBe(`nodejs${String(LAMBDA_BUILD.target).slice("node".length)}.x`);
    expect(stack.Parameters.LambdaRuntime.AllowedValues).toEqual([LAMBDA_RUNTIME]);
    expect(fn.Properties.Runtime).toEqual(ref("LambdaRuntime"));
    expect(fn.Properties.Architectures).toEqual(["arm64"]);
    expect(fn.Properties.Timeout).toBeLessThanOrEqual(8);
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: ref(STACK_RESOURCES.logGroup) });
    expect(resource(STACK_RESOURCES.logGroup).Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it("keeps the table when the stack is deleted or replaces it; on-demand, with point-in-time recovery", () => {
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
    expect(table.Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
  });

  it("is keyed as the store reads and writes, the table the store's own tests create", () => {
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: DYNAMO_TABLE_KEY, KeyType: "HASH" }]);
    expect(table.Properties.AttributeDefinitions).toEqual([{ AttributeName: DYNAMO_TABLE_KEY, AttributeType: "S" }]);
    const { TableName: _name, ...storeTable } = createTableInput(DEFAULT_TABLE);
    expect({
      KeySchema: table.Properties.KeySchema,
      AttributeDefinitions: table.Properties.AttributeDefinitions,
      BillingMode: table.Properties.BillingMode,
    }).toEqual(storeTable);
  });

  it("names none of its resources, so CloudFormation names them after the stack", () => {
    for (const [id, definition] of Object.entries<Json>(stack.Resources)) {
      const name = NAME_PROPERTIES[definition.Type];
      if (name) expect(definition.Properties[name], `${id}.${name}`).toBeUndefined();
    }
    expect(
      Object.values<Json>(stack.Resources).filter((definition) => NAME_PROPERTIES[definition.Type]).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it("alarms on the function's errors and throttles", () => {
    const alarms = Object.values<Json>(stack.Resources).filter(
      (definition) => definition.Type === "AWS::CloudWatch::Alarm",
    );
    expect(alarms.map((alarm) => alarm.Properties.MetricName).sort()).toEqual(["Errors", "Throttles"]);
    for (const alarm of alarms) {
      expect(alarm.Properties).toMatchObject({
        Namespace: "AWS/Lambda",
        Dimensions: [{ Name: "FunctionName", Value: ref(STACK_RESOURCES.function) }],
        Statistic: "Sum",
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "notBreaching",
      });
    }
  });

  it("allows the role the store's item operations on that one table, log writes on its own log group, and nothing else", () => {
    const all = statements();
    const onTable = all.filter(
      (statement) => JSON.stringify(statement.Resource) === JSON.stringify(getAtt(STACK_RESOURCES.table, "Arn")),
    );
    expect(onTable).toHaveLength(1);
    expect(new Set(actionsOf(onTable[0]))).toEqual(new Set(DYNAMO_ITEM_ACTIONS));
    const onLogs = all.filter((statement) => statement !== onTable[0]);
    expect(onLogs).toEqual([
      {
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: getAtt(STACK_RESOURCES.logGroup, "Arn"),
      },
    ]);
    for (const statement of all) {
      expect(statement.Effect).toBe("Allow");
      for (const action of actionsOf(statement)) expect(action).not.toContain("*");
    }
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ]);
  });

  it("lets Alexa invoke the function for this skill only", () => {
    expect(resource(STACK_RESOURCES.alexaPermission).Properties).toEqual({
      Action: "lambda:InvokeFunction",
      FunctionName: getAtt(STACK_RESOURCES.function, "Arn"),
      Principal: "alexa-appkit.amazon.com",
      EventSourceToken: ref("SkillId"),
    });
  });
});

describe("the template with ask-cli's CloudFormation deployer (the installed ask-cli's own code; nothing deployed)", () => {
  const askCli = join(PROJECT_ROOT, "node_modules", "ask-cli", "dist", "lib");
  const load = createRequire(join(askCli, "index.js"));
  const deployerSource = readFileSync(join(askCli, "builtins", "deploy-delegates", "cfn-deployer", "index.js"), "utf8");
  const helperSource = readFileSync(join(askCli, "builtins", "deploy-delegates", "cfn-deployer", "helper.js"), "utf8");
  const AskResources = load("./model/resources-config/ask-resources.js");
  const resources = new AskResources(join(PROJECT_ROOT, "ask-resources.json"));
  const userConfig = resources.getSkillInfraUserConfig("default");

  it("ask-resources.json names the CloudFormation deployer, which ask-cli loads, and this template", async () => {
    const type = resources.getSkillInfraType("default");
    expect(type).toBe("@ask-cli/cfn-deployer");
    const DeployDelegate = load("./controllers/skill-infrastructure-controller/deploy-delegate.js");
    const delegate = await new Promise<Json>((done, fail) =>
      DeployDelegate.load(type, (error: unknown, dd: Json) => (error ? fail(error) : done(dd))),
    );
    expect(typeof delegate.invoke).toBe("function");
    // The deployer reads templatePath relative to the working directory, the project root under npm run.
    expect(resolve(PROJECT_ROOT, userConfig.templatePath)).toBe(STACK_PATH);
    expect(resources.getCodeRegions("default")).toEqual(["default"]);
    expect(userConfig.awsRegion).toBe("us-east-1");
  });

  it("declares exactly the parameters the deployer passes, and asks it for no skill credentials", () => {
    const body = deployerSource.slice(deployerSource.indexOf("function _mapStackParameters"));
    const passed = [...body.matchAll(/ParameterKey: "(\w+)"/g)].map((match) => match[1]);
    expect(passed).toEqual([...ASK_CLI_PARAMETERS, "SkillClientId", "SkillClientSecret"]);
    // The deployer fetches and passes the skill's client id and secret only to a template naming both.
    expect(deployerSource).toContain(
      'templateBody.includes("SkillClientId") && templateBody.includes("SkillClientSecret")',
    );
    expect(committedText).not.toContain("SkillClientSecret");
    expect(Object.keys(stack.Parameters)).toEqual([...ASK_CLI_PARAMETERS]);
    // The values it passes from ask-resources.json are ones the template accepts.
    expect(stack.Parameters.LambdaRuntime.AllowedValues).toContain(userConfig.runtime);
    expect(userConfig.handler).toBe("index.handler");
  });

  it("outputs the function's ARN under the name the deployer reads as the skill's endpoint", () => {
    const [, outputKey] = /o\.OutputKey === "(\w+)"/.exec(helperSource) ?? [];
    expect(outputKey).toBe(ENDPOINT_OUTPUT);
    expect(stack.Outputs[ENDPOINT_OUTPUT].Value).toEqual(getAtt(STACK_RESOURCES.function, "Arn"));
  });

  it("needs no capability beyond CAPABILITY_IAM, which the deployer always adds, and fits in a TemplateBody", () => {
    expect(deployerSource).toContain('capabilities.add("CAPABILITY_IAM")');
    // A named IAM resource would need CAPABILITY_NAMED_IAM.
    expect(role.Properties.RoleName).toBeUndefined();
    // CreateStack's TemplateBody limit; the deployer sends the template inline.
    expect(Buffer.byteLength(committedText)).toBeLessThanOrEqual(51_200);
  });
});

describe("the function with the stack's environment, on a table made from the template (dynalite on 127.0.0.1)", () => {
  const SKILL_ID = "amzn1.ask.skill.from-the-stack";
  /** The table's name as CloudFormation makes one: <stack>-<logical id>-<random>. */
  const TABLE_NAME = physicalName("neck-coach-skill", STACK_RESOURCES.table);
  let dynamo: LocalDynamo;
  let recorder: OperationRecorder;

  /** The function's environment as Lambda sets it: each Ref is what CloudFormation resolves it to. */
  function stackEnvironment(): Record<string, string> {
    const refs: Record<string, string> = { SkillId: SKILL_ID, [STACK_RESOURCES.table]: TABLE_NAME };
    const variables: Record<string, unknown> = fn.Properties.Environment.Variables;
    return Object.fromEntries(
      Object.entries(variables).map(([name, value]) => {
        if (typeof value === "string") return [name, value];
        const target = (value as { Ref?: string }).Ref;
        if (target === undefined || refs[target] === undefined)
          throw new Error(`${name}: cannot resolve ${JSON.stringify(value)}`);
        return [name, refs[target]];
      }),
    );
  }

  /** What the Lambda runtime adds, here pointing the SDK at the recorder with dummy credentials. */
  const runtimeEnvironment = () => ({
    DYNAMODB_ENDPOINT: recorder.endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
  });

  /** Runs `body` with the function's environment in process.env, where the SDK also reads its credentials. */
  async function inStackEnvironment<T>(body: (env: Record<string, string>) => Promise<T>): Promise<T> {
    const env = { ...stackEnvironment(), ...runtimeEnvironment() };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    try {
      return await body(env);
    } finally {
      vi.unstubAllEnvs();
    }
  }

  beforeAll(async () => {
    dynamo = await startDynalite();
    recorder = await startOperationRecorder(dynamo.endpoint);
    await createFromTemplate(dynamo.endpoint, TABLE_NAME);
  });
  afterAll(async () => {
    await recorder?.stop();
    await dynamo?.stop();
  });

  async function storedItem(userId: string): Promise<Json> {
    const client = new DynamoDBClient(localSdkConfig(dynamo.endpoint));
    try {
      const output = await client.send(
        new GetItemCommand({ TableName: TABLE_NAME, Key: { [DYNAMO_TABLE_KEY]: { S: userId } } }),
      );
      return output.Item;
    } finally {
      client.destroy();
    }
  }

  it("names the DynamoDB store, the stack's table and the skill id", () => {
    expect(stackEnvironment()).toEqual({ NECK_COACH_STORE: "dynamodb", NECK_COACH_TABLE: TABLE_NAME, SKILL_ID });
  });

  it("serves its own skill and keeps the user's progress in the table; refuses another skill", async () => {
    const userId = "amzn1.ask.account.STACK-ENVIRONMENT";
    await inStackEnvironment(async () => {
      vi.resetModules();
      try {
        // lambda/index.ts builds the skill and its store from process.env when it loads.
        const { handler } = await import("../../lambda/index");
        const launch = (applicationId: string): RequestEnvelope =>
          envelope(requestOf("LaunchRequest"), { applicationId, userId });
        await assertValidResponse(await handler(launch(SKILL_ID)));
        expect(await storedItem(userId), "the launch saved the user's record under the table's key").toBeDefined();
        await expect(handler(launch("amzn1.ask.skill.another"))).rejects.toThrow();
      } finally {
        vi.resetModules();
      }
    });
  });

  it("sends exactly the item operations the role allows, and no other", async () => {
    const user = userEnvelope({ userId: "amzn1.ask.account.STACK-OPERATIONS" });
    recorder.operations.length = 0;
    await inStackEnvironment(async (env) => {
      const adapter = withAttributes(createRecordStore(env));
      // Every operation of the store: read, write, read back, delete, read the deletion.
      await adapter.getAttributes(user);
      await adapter.saveAttributes(user, { schema: 2, visits: 1 });
      expect(await adapter.getAttributes(user)).toMatchObject({ visits: 1 });
      await adapter.deleteAttributes(user);
      expect(await adapter.getAttributes(user)).toEqual({});
    });
    expect(recorder.operations.length).toBeGreaterThanOrEqual(5);
    const allowed = actionsOf(
      statements().find((statement) => JSON.stringify(statement.Resource).includes(STACK_RESOURCES.table)),
    );
    expect(new Set(recorder.operations.map((operation) => `dynamodb:${operation}`))).toEqual(new Set(allowed));
  });
});
