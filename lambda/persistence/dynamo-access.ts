/** What the Lambda's DynamoDB table and IAM policy must provide. */
export const DYNAMO_TABLE_KEY = "id";
export const DYNAMO_ITEM_ACTIONS = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"] as const;
