/**
 * The CloudFormation stack that `npm run deploy` creates or updates through
 * ask-cli's CloudFormation deployer (@ask-cli/cfn-deployer): the Lambda
 * function, the DynamoDB table of user progress (kept when the stack is
 * deleted; named by CloudFormation, so that a second stack, from a fresh clone
 * or another profile, or one made after a deleted stack kept its table, does
 * not collide with it), alarms on the function's errors and throttles, a role allowed only the store's item operations on that table and
 * writes to the function's own log group, the log group with its retention,
 * and the permission for Alexa to invoke the function for this skill only.
 *
 * Written to infra/skill-stack.json by scripts/generate-stack.ts, which checks
 * it against the CloudFormation resource specification first (infra/template-check.ts).
 */
import { DYNAMO_ITEM_ACTIONS, DYNAMO_TABLE_KEY } from "../lambda/persistence/dynamo-access";
import { LAMBDA_BUILD } from "../scripts/lib/bundle";

/** Intrinsic functions, as CloudFormation reads them in JSON. */
export type Ref = { readonly Ref: string };
export type GetAtt = { readonly "Fn::GetAtt": readonly [string, string] };

export const ref = (name: string): Ref => ({ Ref: name });
export const getAtt = (resource: string, attribute: string): GetAtt => ({ "Fn::GetAtt": [resource, attribute] });

export interface StackParameter {
  readonly Type: "String";
  readonly Description: string;
  readonly AllowedValues?: readonly string[];
}

export interface StackResource {
  readonly Type: string;
  readonly Properties: Readonly<Record<string, unknown>>;
  readonly DeletionPolicy?: "Delete" | "Retain";
  readonly UpdateReplacePolicy?: "Delete" | "Retain";
}

export interface StackTemplate {
  readonly AWSTemplateFormatVersion: "2010-09-09";
  readonly Description: string;
  readonly Parameters: Readonly<Record<AskCliParameter, StackParameter>>;
  readonly Resources: Readonly<Record<string, StackResource>>;
  readonly Outputs: Readonly<Record<string, { readonly Description: string; readonly Value: unknown }>>;
}

/**
 * The parameters ask-cli's CloudFormation deployer passes on every deploy
 * (its _mapStackParameters); CloudFormation refuses a parameter the template
 * does not declare, so each is declared.
 */
export const ASK_CLI_PARAMETERS = [
  "SkillId",
  "LambdaRuntime",
  "LambdaHandler",
  "CodeBucket",
  "CodeKey",
  "CodeVersion",
] as const;
export type AskCliParameter = (typeof ASK_CLI_PARAMETERS)[number];

/** The output ask-cli reads the skill's endpoint from, and writes into skill.json. */
export const ENDPOINT_OUTPUT = "SkillEndpoint";

/** Logical ids of the stack's resources. */
export const STACK_RESOURCES = {
  table: "UserTable",
  logGroup: "FunctionLogGroup",
  role: "FunctionRole",
  function: "SkillFunction",
  alexaPermission: "AlexaInvokePermission",
  errorsAlarm: "FunctionErrorsAlarm",
  throttlesAlarm: "FunctionThrottlesAlarm",
} as const;

/** Names only CloudFormation may choose: a fixed one would collide with a second stack, or a table a deleted stack kept. */
export const NAME_PROPERTIES: Readonly<Record<string, string>> = {
  "AWS::DynamoDB::Table": "TableName",
  "AWS::Logs::LogGroup": "LogGroupName",
  "AWS::IAM::Role": "RoleName",
  "AWS::Lambda::Function": "FunctionName",
  "AWS::CloudWatch::Alarm": "AlarmName",
};

/** An alarm on one of the function's metrics: any error or throttle in five minutes. */
function functionAlarm(metric: "Errors" | "Throttles", description: string): StackResource {
  return {
    Type: "AWS::CloudWatch::Alarm",
    Properties: {
      AlarmDescription: description,
      Namespace: "AWS/Lambda",
      MetricName: metric,
      Dimensions: [{ Name: "FunctionName", Value: ref(STACK_RESOURCES.function) }],
      Statistic: "Sum",
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      // No invocations is no error.
      TreatMissingData: "notBreaching",
    },
  };
}

/** The runtime the bundle is built for: esbuild's "node22" is Lambda's "nodejs22.x". */
export const LAMBDA_RUNTIME = `nodejs${String(LAMBDA_BUILD.target).replace(/^node/, "")}.x`;
export const LAMBDA_ARCHITECTURE = "arm64";
export const LAMBDA_MEMORY_MB = 256;
export const LAMBDA_TIMEOUT_SECONDS = 8;
/** How long the function's logs are kept. The privacy policy (docs/privacy-policy.md) says the same. */
export const LOG_RETENTION_DAYS = 30;
/** How far back point-in-time recovery reaches (the most DynamoDB allows). The privacy policy says the same. */
export const BACKUP_RECOVERY_DAYS = 35;

const {
  table,
  logGroup,
  role,
  function: skillFunction,
  alexaPermission,
  errorsAlarm,
  throttlesAlarm,
} = STACK_RESOURCES;

export function buildStack(): StackTemplate {
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: "Neck Coach: the Alexa skill's Lambda function and the DynamoDB table of user progress.",
    Parameters: {
      SkillId: { Type: "String", Description: "The skill's id: only this skill may invoke the function." },
      LambdaRuntime: {
        Type: "String",
        Description:
          "skillInfrastructure.userConfig.runtime in ask-resources.json: the runtime the bundle is built for.",
        AllowedValues: [LAMBDA_RUNTIME],
      },
      LambdaHandler: { Type: "String", Description: "skillInfrastructure.userConfig.handler in ask-resources.json." },
      CodeBucket: { Type: "String", Description: "S3 bucket of the code bundle uploaded by ask-cli." },
      CodeKey: { Type: "String", Description: "S3 key of the code bundle." },
      CodeVersion: { Type: "String", Description: "S3 object version of the code bundle." },
    },
    Resources: {
      [table]: {
        Type: "AWS::DynamoDB::Table",
        // User progress outlives the stack: deleting or replacing the stack keeps the table.
        DeletionPolicy: "Retain",
        UpdateReplacePolicy: "Retain",
        // No TableName: CloudFormation names it after the stack; the function gets the name by Ref.
        Properties: {
          AttributeDefinitions: [{ AttributeName: DYNAMO_TABLE_KEY, AttributeType: "S" }],
          KeySchema: [{ AttributeName: DYNAMO_TABLE_KEY, KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
          PointInTimeRecoverySpecification: {
            PointInTimeRecoveryEnabled: true,
            RecoveryPeriodInDays: BACKUP_RECOVERY_DAYS,
          },
        },
      },
      [logGroup]: {
        Type: "AWS::Logs::LogGroup",
        Properties: { RetentionInDays: LOG_RETENTION_DAYS },
      },
      [role]: {
        Type: "AWS::IAM::Role",
        Properties: {
          AssumeRolePolicyDocument: {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
          },
          Policies: [
            {
              PolicyName: "user-table-items",
              PolicyDocument: {
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: [...DYNAMO_ITEM_ACTIONS], Resource: getAtt(table, "Arn") }],
              },
            },
            {
              PolicyName: "function-logs",
              PolicyDocument: {
                Version: "2012-10-17",
                // The log group's Arn ends in ":*", which covers its log streams.
                Statement: [
                  {
                    Effect: "Allow",
                    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resource: getAtt(logGroup, "Arn"),
                  },
                ],
              },
            },
          ],
        },
      },
      [skillFunction]: {
        Type: "AWS::Lambda::Function",
        Properties: {
          Description: "Neck Coach Alexa skill",
          Code: { S3Bucket: ref("CodeBucket"), S3Key: ref("CodeKey"), S3ObjectVersion: ref("CodeVersion") },
          Handler: ref("LambdaHandler"),
          Runtime: ref("LambdaRuntime"),
          Architectures: [LAMBDA_ARCHITECTURE],
          MemorySize: LAMBDA_MEMORY_MB,
          Timeout: LAMBDA_TIMEOUT_SECONDS,
          Role: getAtt(role, "Arn"),
          LoggingConfig: { LogGroup: ref(logGroup) },
          Environment: {
            Variables: {
              NECK_COACH_STORE: "dynamodb",
              NECK_COACH_TABLE: ref(table),
              SKILL_ID: ref("SkillId"),
            },
          },
        },
      },
      [alexaPermission]: {
        Type: "AWS::Lambda::Permission",
        Properties: {
          Action: "lambda:InvokeFunction",
          FunctionName: getAtt(skillFunction, "Arn"),
          Principal: "alexa-appkit.amazon.com",
          EventSourceToken: ref("SkillId"),
        },
      },
      [errorsAlarm]: functionAlarm(
        "Errors",
        "Neck Coach: the skill's function failed (an uncaught error, a timeout or a crash) at least once in 5 minutes.",
      ),
      [throttlesAlarm]: functionAlarm(
        "Throttles",
        "Neck Coach: Lambda throttled the skill's function at least once in 5 minutes (Alexa got no answer).",
      ),
    },
    Outputs: {
      [ENDPOINT_OUTPUT]: {
        Description: "The function's ARN: the skill's endpoint.",
        Value: getAtt(skillFunction, "Arn"),
      },
      UserTableName: {
        Description: "The DynamoDB table of user progress (kept if the stack is deleted).",
        Value: ref(table),
      },
      LogGroupName: { Description: "The function's log group.", Value: ref(logGroup) },
      ErrorsAlarmName: { Description: "The alarm on the function's errors.", Value: ref(errorsAlarm) },
      ThrottlesAlarmName: { Description: "The alarm on the function's throttles.", Value: ref(throttlesAlarm) },
    },
  };
}
