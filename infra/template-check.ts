/**
 * Checks a CloudFormation template against the CloudFormation resource
 * specification that @aws-cdk/aws-service-spec ships (kept current by the AWS
 * CDK team, unlike the cfn-lint on npm): every resource type exists; every
 * property exists on its resource or property type, has the type the
 * specification gives (allowed values included), and every required property
 * is present; every Ref and Fn::GetAtt names a parameter, pseudo parameter,
 * resource or attribute that exists. It does not call AWS: what only
 * CloudFormation can tell (quotas, names taken in an account) stays unchecked.
 */
import { loadAwsServiceSpecSync } from "@aws-cdk/aws-service-spec";
import type { PropertyType, Resource, ResourceProperties, SpecDatabase } from "@aws-cdk/service-spec-types";

let loaded: SpecDatabase | undefined;

/** The specification database, loaded once (about 2 s). */
export function resourceSpecification(): SpecDatabase {
  loaded ??= loadAwsServiceSpecSync();
  return loaded;
}

const TEMPLATE_KEYS = new Set([
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Transform",
  "Resources",
  "Outputs",
]);
const PARAMETER_KEYS = new Set([
  "Type",
  "Description",
  "Default",
  "AllowedValues",
  "AllowedPattern",
  "ConstraintDescription",
  "MinLength",
  "MaxLength",
  "MinValue",
  "MaxValue",
  "NoEcho",
]);
const PARAMETER_TYPE = /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>)$/;
const RESOURCE_KEYS = new Set([
  "Type",
  "Properties",
  "DependsOn",
  "DeletionPolicy",
  "UpdateReplacePolicy",
  "Condition",
  "Metadata",
  "CreationPolicy",
  "UpdatePolicy",
]);
const RETENTION_POLICIES = new Set(["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"]);
const OUTPUT_KEYS = new Set(["Description", "Value", "Export", "Condition"]);
const PSEUDO_PARAMETERS = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);
/** Intrinsic functions other than Ref, Fn::GetAtt and Fn::Sub: their arguments are searched for references. */
const OTHER_FUNCTIONS = new Set([
  "Fn::Base64",
  "Fn::Cidr",
  "Fn::FindInMap",
  "Fn::GetAZs",
  "Fn::If",
  "Fn::ImportValue",
  "Fn::Join",
  "Fn::Length",
  "Fn::Select",
  "Fn::Split",
  "Fn::ToJsonString",
  "Fn::And",
  "Fn::Equals",
  "Fn::Not",
  "Fn::Or",
]);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `{ Ref: ... }` or `{ "Fn::...": ... }`: a value CloudFormation computes. */
function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 && key !== undefined && (key === "Ref" || key.startsWith("Fn::")) ? key : undefined;
}

/** Whether `value` has the JSON shape of `type` (a string for a string type, a list for a list type...). */
function hasShape(value: unknown, type: PropertyType): boolean {
  switch (type.type) {
    case "string":
    case "date-time":
      return typeof value === "string";
    case "number":
    case "integer":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "map":
    case "ref":
    case "tag":
      return isObject(value);
    case "json":
      return value !== undefined;
    case "union":
      return type.types.some((member) => hasShape(value, member));
  }
}

class TemplateChecker {
  readonly problems: string[] = [];
  private readonly parameters: Set<string>;
  private readonly resources = new Map<string, Resource | undefined>();

  constructor(
    private readonly spec: SpecDatabase,
    private readonly template: Json,
  ) {
    this.parameters = new Set(isObject(template["Parameters"]) ? Object.keys(template["Parameters"]) : []);
    const resources = isObject(template["Resources"]) ? template["Resources"] : {};
    for (const [id, resource] of Object.entries(resources)) {
      const type = isObject(resource) ? resource["Type"] : undefined;
      this.resources.set(id, typeof type === "string" ? this.resourceType(type) : undefined);
    }
  }

  private problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  private resourceType(cloudFormationType: string): Resource | undefined {
    return this.spec.lookup("resource", "cloudFormationType", "equals", cloudFormationType)[0];
  }

  check(): void {
    for (const key of Object.keys(this.template)) {
      if (!TEMPLATE_KEYS.has(key)) this.problem(key, "not a template section");
    }
    this.checkParameters();
    this.checkResources();
    this.checkOutputs();
  }

  /**
   * The entries of a template section as [path, entry], each checked to be an
   * object with only the attributes that section allows.
   */
  private sectionEntries(section: string, allowed: ReadonlySet<string>, attribute: string): Array<[string, Json]> {
    const entries = this.template[section] ?? {};
    if (!isObject(entries)) {
      this.problem(section, "must be an object");
      return [];
    }
    return Object.entries(entries).flatMap(([name, entry]): Array<[string, Json]> => {
      const path = `${section}.${name}`;
      if (!isObject(entry)) {
        this.problem(path, "must be an object");
        return [];
      }
      for (const key of Object.keys(entry)) {
        if (!allowed.has(key)) this.problem(`${path}.${key}`, `not ${attribute}`);
      }
      return [[path, entry]];
    });
  }

  private checkParameters(): void {
    for (const [path, parameter] of this.sectionEntries("Parameters", PARAMETER_KEYS, "a parameter attribute")) {
      const type = parameter["Type"];
      if (typeof type !== "string" || !PARAMETER_TYPE.test(type))
        this.problem(`${path}.Type`, `not a parameter type: ${JSON.stringify(type)}`);
    }
  }

  private checkResources(): void {
    if (this.resources.size === 0) this.problem("Resources", "a template needs at least one resource");
    for (const [path, resource] of this.sectionEntries("Resources", RESOURCE_KEYS, "a resource attribute")) {
      for (const key of ["DeletionPolicy", "UpdateReplacePolicy"]) {
        const policy = resource[key];
        if (policy !== undefined && !RETENTION_POLICIES.has(String(policy)))
          this.problem(`${path}.${key}`, `not a policy: ${JSON.stringify(policy)}`);
      }
      const dependsOn = resource["DependsOn"];
      for (const target of dependsOn === undefined ? [] : Array.isArray(dependsOn) ? dependsOn : [dependsOn]) {
        if (!this.resources.has(String(target)))
          this.problem(`${path}.DependsOn`, `no resource named ${JSON.stringify(target)}`);
      }
      const type = resource["Type"];
      const spec = this.resources.get(path.slice("Resources.".length));
      if (spec === undefined) {
        this.problem(`${path}.Type`, `not a CloudFormation resource type: ${JSON.stringify(type)}`);
        continue;
      }
      const properties = resource["Properties"] ?? {};
      if (!isObject(properties)) this.problem(`${path}.Properties`, "must be an object");
      else this.checkProperties(properties, spec.properties, `${path}.Properties`, spec.cloudFormationType);
    }
  }

  private checkOutputs(): void {
    for (const [path, output] of this.sectionEntries("Outputs", OUTPUT_KEYS, "an output attribute")) {
      if (output["Value"] === undefined) this.problem(path, "needs a Value");
      else this.checkReferences(output["Value"], `${path}.Value`);
    }
  }

  private checkProperties(values: Json, properties: ResourceProperties, path: string, owner: string): void {
    for (const [name, value] of Object.entries(values)) {
      const property = properties[name];
      if (property === undefined) this.problem(`${path}.${name}`, `not a property of ${owner}`);
      else this.checkValue(value, property.type, `${path}.${name}`);
    }
    for (const [name, property] of Object.entries(properties)) {
      if (property.required && values[name] === undefined)
        this.problem(`${path}.${name}`, `required by ${owner}, missing`);
    }
  }

  private checkValue(value: unknown, type: PropertyType, path: string): void {
    if (intrinsicName(value) !== undefined) {
      this.checkReferences(value, path);
      return;
    }
    const expect = (ok: boolean, what: string) => {
      if (!ok) this.problem(path, `expected ${what}, got ${JSON.stringify(value)}`);
    };
    switch (type.type) {
      case "string":
        expect(typeof value === "string", "a string");
        if (type.allowedValues && typeof value === "string")
          expect(type.allowedValues.includes(value), `one of ${type.allowedValues.join(", ")}`);
        return;
      case "date-time":
        expect(typeof value === "string", "a date-time string");
        return;
      case "number":
        expect(typeof value === "number", "a number");
        return;
      case "integer":
        expect(Number.isInteger(value), "an integer");
        if (type.allowedValues && Number.isInteger(value))
          expect(type.allowedValues.includes(value as number), `one of ${type.allowedValues.join(", ")}`);
        return;
      case "boolean":
        expect(typeof value === "boolean", "a boolean");
        return;
      case "null":
        expect(value === null, "null");
        return;
      case "json":
        expect(value !== undefined, "a JSON value");
        this.checkReferences(value, path);
        return;
      case "tag":
        expect(
          isObject(value) && typeof value["Key"] === "string" && value["Value"] !== undefined,
          "a tag { Key, Value }",
        );
        return;
      case "array":
        if (!Array.isArray(value)) {
          expect(false, "a list");
          return;
        }
        for (const [index, element] of value.entries()) this.checkValue(element, type.element, `${path}[${index}]`);
        return;
      case "map":
        if (!isObject(value)) {
          expect(false, "a map");
          return;
        }
        for (const [key, element] of Object.entries(value)) this.checkValue(element, type.element, `${path}.${key}`);
        return;
      case "ref": {
        if (!isObject(value)) {
          expect(false, "an object");
          return;
        }
        const definition = this.spec.get("typeDefinition", type.reference);
        this.checkProperties(value, definition.properties, path, definition.name);
        return;
      }
      case "union": {
        // The members of the value's shape decide (a list is checked as the list member, not
        // as free JSON); free JSON only when no other member has that shape.
        const shaped = type.types.filter((member) => member.type !== "json" && hasShape(value, member));
        const candidates = shaped.length > 0 ? shaped : type.types.filter((member) => member.type === "json");
        if (candidates.length === 0) {
          expect(false, type.types.map((member) => member.type).join(" or "));
          return;
        }
        let closest: string[] | undefined;
        for (const member of candidates) {
          const trial = new TemplateChecker(this.spec, this.template);
          trial.checkValue(value, member, path);
          if (trial.problems.length === 0) return;
          if (closest === undefined || trial.problems.length < closest.length) closest = trial.problems;
        }
        this.problems.push(...(closest ?? []));
        return;
      }
    }
  }

  /** Every Ref, Fn::GetAtt and Fn::Sub reference inside `value` names something that exists. */
  private checkReferences(value: unknown, path: string): void {
    const name = intrinsicName(value);
    if (name === undefined) {
      if (Array.isArray(value))
        for (const [index, element] of value.entries()) this.checkReferences(element, `${path}[${index}]`);
      else if (isObject(value))
        for (const [key, element] of Object.entries(value)) this.checkReferences(element, `${path}.${key}`);
      return;
    }
    const argument = (value as Json)[name];
    switch (name) {
      case "Ref":
        this.checkRef(argument, path);
        return;
      case "Fn::GetAtt": {
        const [resource, attribute] = Array.isArray(argument)
          ? argument
          : typeof argument === "string"
            ? argument.split(/\.(.*)/)
            : [];
        this.checkGetAtt(String(resource), String(attribute), path);
        return;
      }
      case "Fn::Sub": {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        if (typeof text !== "string") {
          this.problem(path, "Fn::Sub needs a string");
          return;
        }
        const local = isObject(variables) ? variables : {};
        for (const [, reference] of text.matchAll(/\$\{(?!!)([^}]+)\}/g)) {
          if (reference === undefined || reference in local) continue;
          const [resource, attribute] = reference.split(/\.(.*)/);
          if (attribute) this.checkGetAtt(resource ?? "", attribute, path);
          else this.checkRef(reference, path);
        }
        this.checkReferences(local, path);
        return;
      }
      default:
        if (!OTHER_FUNCTIONS.has(name)) {
          this.problem(path, `not an intrinsic function: ${name}`);
          return;
        }
        this.checkReferences(argument, path);
        return;
    }
  }

  private checkRef(target: unknown, path: string): void {
    const name = String(target);
    if (!this.parameters.has(name) && !this.resources.has(name) && !PSEUDO_PARAMETERS.has(name)) {
      this.problem(path, `Ref to ${JSON.stringify(target)}: no parameter, resource or pseudo parameter of that name`);
    }
  }

  private checkGetAtt(resource: string, attribute: string, path: string): void {
    if (!this.resources.has(resource)) {
      this.problem(path, `Fn::GetAtt on ${JSON.stringify(resource)}: no resource of that name`);
      return;
    }
    const spec = this.resources.get(resource);
    if (spec && !(attribute in spec.attributes)) {
      this.problem(
        path,
        `Fn::GetAtt ${resource}.${attribute}: ${spec.cloudFormationType} has no attribute ${attribute}`,
      );
    }
  }
}

/** What is wrong with `template` by the resource specification; empty when nothing is. */
export function templateProblems(template: unknown, spec: SpecDatabase = resourceSpecification()): string[] {
  if (!isObject(template)) return ["the template is not a JSON object"];
  const checker = new TemplateChecker(spec, template);
  checker.check();
  return checker.problems;
}
