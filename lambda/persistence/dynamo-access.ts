/**
 * What the DynamoDB store needs of its table: the partition key it reads and
 * writes (a string, no sort key) and the item operations it sends. The
 * deployment template (infra/skill-stack.ts) creates the table with this key
 * and grants the function these actions on that table, and nothing else.
 */
export const DYNAMO_TABLE_KEY = "id";

export const DYNAMO_ITEM_ACTIONS = ["dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"] as const;
