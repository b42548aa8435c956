/**
 * The benchmark's baseline for the DynamoDB path: the smallest ask-sdk-core
 * skill that, on a launch, reads the user's item and writes it back with one
 * more visit, through the AWS SDK v3 document client as the Lambda runtime
 * provides it (left out of the bundle). The client is built at module load.
 * Table and endpoint as Neck Coach reads them: NECK_COACH_TABLE, DYNAMODB_ENDPOINT, AWS_REGION.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { getRequestType, getUserId, SkillBuilders, type RequestHandler } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";

const TableName = process.env.NECK_COACH_TABLE ?? "neck-coach-users";
const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
);

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === "LaunchRequest",
  async handle(input) {
    const id = getUserId(input.requestEnvelope);
    const { Item } = await documents.send(new GetCommand({ TableName, Key: { id }, ConsistentRead: true }));
    const visits = typeof Item?.visits === "number" ? Item.visits : 0;
    await documents.send(new PutCommand({ TableName, Item: { id, visits: visits + 1 } }));
    return input.responseBuilder.speak("Welcome back. Say hello.").reprompt("Say hello.").getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(LaunchHandler).create();

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
