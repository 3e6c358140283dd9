// Source adapter: the official Genesys Cloud JavaScript SDK package (`purecloud-platform-client-v2`) -> an OpenAPI 3.0
// document. The SDK is generated from the vendor's current Swagger, so it carries every current operation:
//   src/purecloud-platform-client-v2/api/<Tag>Api.js  per method: JSDoc summary/description/param docs/defaults/enum
//                                                     marker ({Object}), and the `callApi(path, method, pathParams,
//                                                     queryParams, headerParams, formParams, body, authNames,
//                                                     contentTypes, accepts)` call with `buildCollectionParam(x, 'multi')`
//   index.d.ts                                        per method: parameter types, required-ness (positional vs
//                                                     opts), body and return `Models.X`; every model's properties with
//                                                     required-ness (no enum values, no formats, no descriptions)
//   src/purecloud-platform-client-v2/ApiClient.js     security schemes and the login host's OAuth endpoints
//   src/purecloud-platform-client-v2/configuration.js the default API host
// What the SDK does not say stays loose (a number is `number`, not `integer`; a success status is `2XX`); the
// enrichment step (enrich-from-swagger2.ts) refines it from another vendor document where that has the same item.
// Parsing uses the TypeScript compiler's parser (already a workspace dependency) rather than regular expressions.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import type { JsonObject } from './is-plain-object.js';
import { escapePointer } from './collect-refs.js';
import { SpecSyncError } from './spec-sync-error.js';

export const genesysSdkPackageName = 'purecloud-platform-client-v2';
const sdkSourceDir = 'src/purecloud-platform-client-v2';

/** Where every shipped item came from; written to source.json (see tools/spec-sync/README.md, "provenance"). */
export interface Provenance {
  /** Short artifact id -> what it is (package@version and files, or a document with its sha256). */
  artifacts: Record<string, string>;
  /** "METHOD /path" -> the operation's sources. */
  operations: Record<string, OperationProvenance>;
  /** Schema name -> its sources. */
  schemas: Record<string, SchemaProvenance>;
}

export interface OperationProvenance {
  /** `<file> <Class.method>` per SDK class that has the operation (the same operation can be in several areas). */
  sdk?: string[];
  /** JSON pointer of the operation in the enrichment (or input) document, when that has the same operation. */
  pointer?: string;
  /** "<in> <name>" -> "sdk" or "sdk+2017(enum,format)"; see README for how a short form expands to symbols. */
  parameters: Record<string, string>;
  /** "requestBody" and each response status -> its sources. */
  bodies: Record<string, string>;
  /** Where the permissions / preview / deprecation came from (`policy <Area>Api.md <method>`), or "none found". */
  policy?: string;
}

export interface SchemaProvenance {
  sdk?: string;
  pointer?: string;
  /** Property name -> "sdk" or "sdk+2017(enum,...)"; the symbol is `<schema symbol>.<property>`. */
  properties: Record<string, string>;
}

export interface SdkSourceResult {
  document: JsonObject;
  provenance: Provenance;
  /** Package name@version, for source.json. */
  label: string;
  /** sha256 over the files read (index.d.ts, api/*.js, ApiClient.js, configuration.js), in name order. */
  sha256: string;
  bytes: number;
  warnings: string[];
}

interface DocParam {
  jsType: string;
  description: string;
  defaultValue?: string;
}

interface SdkMethod {
  className: string;
  methodName: string;
  file: string;
  summary: string;
  description: string;
  deprecated: boolean;
  /** The JSDoc says "<method> is a preview method" (the live Swagger's `x-genesys-preview`). */
  preview: boolean;
  docParams: Map<string, DocParam>;
  positional: string[];
  path: string;
  httpMethod: string;
  params: Array<{ in: 'path' | 'query' | 'header' | 'formData'; name: string; jsName: string; positional: boolean; multi: boolean }>;
  body?: { jsName: string; positional: boolean };
  authNames: string[];
  contentTypes: string[];
  accepts: string[];
}

interface DeclaredMethod {
  params: Map<string, ts.TypeNode | undefined>;
  optionsType?: string;
  returnType?: ts.TypeNode;
}

/** Reads an SDK package directory (e.g. node_modules/purecloud-platform-client-v2) into an OpenAPI 3.0 document. */
export async function readGenesysSdk(packageDir: string, knownTagNames: readonly string[] = []): Promise<SdkSourceResult> {
  const packageJson = JSON.parse(await readText(join(packageDir, 'package.json'), packageDir)) as { name?: string; version?: string };
  if (packageJson.name !== genesysSdkPackageName) {
    throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${packageDir} is not the ${genesysSdkPackageName} package (package.json name ${JSON.stringify(packageJson.name)})`, { input: packageDir });
  }
  const label = `${genesysSdkPackageName}@${packageJson.version ?? '?'}`;
  const apiDir = join(packageDir, sdkSourceDir, 'api');
  const apiFiles = (await readdir(apiDir)).filter((name) => name.endsWith('Api.js')).sort();
  const hash = createHash('sha256');
  let bytes = 0;
  const read = async (relative: string) => {
    const text = await readText(join(packageDir, relative), packageDir);
    hash.update(`${relative}\n`).update(text);
    bytes += Buffer.byteLength(text);
    return text;
  };
  const declarations = parseDeclarations(await read('index.d.ts'));
  const apiClient = await read(`${sdkSourceDir}/ApiClient.js`);
  const configuration = await read(`${sdkSourceDir}/configuration.js`);
  const logger = await read(`${sdkSourceDir}/logger.js`);
  const methods: SdkMethod[] = [];
  for (const file of apiFiles) methods.push(...parseApiFile(await read(`${sdkSourceDir}/api/${file}`), `api/${file}`));

  const warnings: string[] = [];
  const provenance: Provenance = {
    artifacts: { sdk: `${label} (${sdkSourceDir}/api/*.js, ${sdkSourceDir}/{ApiClient,configuration,logger}.js, index.d.ts)` },
    operations: {},
    schemas: {},
  };
  const tagNames = new Map(knownTagNames.map((tag) => [tag.replace(/[^A-Za-z0-9]/g, ''), tag]));
  const tagOf = (className: string) => {
    const bare = className.replace(/Api$/, '');
    return tagNames.get(bare) ?? bare.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  };

  const schemas: JsonObject = {};
  const referenced = new Set<string>();
  const toSchema = (node: ts.TypeNode | undefined, where: string): JsonObject => typeNodeToSchema(node, where, referenced, warnings);
  const paths: Record<string, JsonObject> = {};
  const seenOperationIds = new Map<string, string>();
  for (const method of methods) {
    const key = `${method.httpMethod.toUpperCase()} ${method.path}`;
    const symbol = `${method.className}.${method.methodName}`;
    const item = (paths[method.path] ??= {});
    const verb = method.httpMethod.toLowerCase();
    const existing = item[verb] as JsonObject | undefined;
    const record = (provenance.operations[key] ??= { sdk: [], parameters: {}, bodies: {} });
    record.sdk!.push(`${method.file} ${symbol}`);
    if (existing !== undefined) {
      // The same operation in another SDK class (area): one operation, one more tag.
      (existing['tags'] as string[]).push(tagOf(method.className));
      continue;
    }
    const declared = declarations.classes.get(method.className)?.get(method.methodName);
    if (declared === undefined) {
      warnings.push(`${symbol}: not declared in index.d.ts; parameter types and the response model are unknown`);
    }
    const optionsFields = declared?.optionsType === undefined ? undefined : declarations.options.get(declared.optionsType);
    const typeOf = (jsName: string, positional: boolean): ts.TypeNode | undefined =>
      positional ? declared?.params.get(jsName) : optionsFields?.get(jsName);

    const parameters: JsonObject[] = [];
    const formProperties: JsonObject = {};
    const formRequired: string[] = [];
    for (const param of method.params) {
      const doc = method.docParams.get(param.positional ? param.jsName : `opts.${param.jsName}`);
      const schema = toSchema(typeOf(param.jsName, param.positional), `${symbol} ${param.jsName}`);
      if (param.multi && schema['type'] !== 'array') warnings.push(`${symbol} ${param.name}: 'multi' collection format on a non-array type`);
      if (doc?.jsType === 'Object' && schema['type'] === 'string') schema['x-sdk-enum'] = true;
      if (doc?.jsType === 'Array.<Object>' && isArraySchema(schema)) (schema['items'] as JsonObject)['x-sdk-enum'] = true;
      const defaultValue = doc?.defaultValue === undefined ? undefined : parseDefault(doc.defaultValue, schema);
      if (defaultValue !== undefined) schema['default'] = defaultValue;
      const description = doc?.description ?? '';
      if (param.in === 'formData') {
        formProperties[param.name] = description === '' ? schema : { ...schema, description };
        if (param.positional) formRequired.push(param.name);
        record.parameters[`formData ${param.name}`] = sdkParameterSource(param);
        continue;
      }
      const parameter: JsonObject = { name: param.name, in: param.in, ...(description === '' ? {} : { description }), required: param.in === 'path' || param.positional, schema };
      if (param.in === 'query' && schema['type'] === 'array') {
        // `buildCollectionParam(x, 'multi')` repeats the name (?id=a&id=b); without it the SDK passes the array on as
        // is and Swagger 2.0's default collection format (csv) applies.
        parameter['style'] = 'form';
        parameter['explode'] = param.multi;
      }
      parameters.push(parameter);
      record.parameters[`${param.in} ${param.name}`] = sdkParameterSource(param);
    }

    const operation: JsonObject = {
      tags: [tagOf(method.className)],
      operationId: method.methodName,
      ...(method.summary === '' ? {} : { summary: method.summary }),
      ...(method.description === '' ? {} : { description: method.description }),
      ...(method.deprecated ? { deprecated: true } : {}),
      ...(method.preview ? { 'x-genesys-preview': true } : {}),
      ...(parameters.length === 0 ? {} : { parameters }),
    };
    const previousPath = seenOperationIds.get(method.methodName);
    if (previousPath !== undefined && previousPath !== key) {
      operation['operationId'] = `${method.methodName}_${method.httpMethod.toLowerCase()}`;
      warnings.push(`${symbol}: operationId ${method.methodName} is already used by ${previousPath}; renamed`);
    }
    seenOperationIds.set(method.methodName, key);

    const requestTypes = method.contentTypes.length === 0 ? ['application/json'] : method.contentTypes;
    if (method.body !== undefined) {
      const bodyType = typeOf(method.body.jsName, method.body.positional);
      const schema = toSchema(bodyType, `${symbol} body`);
      const doc = method.docParams.get(method.body.positional ? method.body.jsName : `opts.${method.body.jsName}`);
      operation['requestBody'] = {
        ...(doc?.description ? { description: doc.description } : {}),
        required: method.body.positional,
        content: Object.fromEntries(requestTypes.map((type) => [type, { schema }])),
      };
      record.bodies['requestBody'] = sdkParameterSource({ name: 'body', ...method.body });
    } else if (Object.keys(formProperties).length > 0) {
      const formType = requestTypes.find((type) => type.includes('form')) ?? 'multipart/form-data';
      operation['requestBody'] = {
        required: formRequired.length > 0,
        content: { [formType]: { schema: { type: 'object', properties: formProperties, ...(formRequired.length > 0 ? { required: formRequired } : {}) } } },
      };
      record.bodies['requestBody'] = 'sdk (form parameters)';
    }

    // The SDK treats every 2xx as success and returns one model: the exact status is not in the SDK (enrichment may
    // name it), so the response is declared for the `2XX` range.
    const returnType = declared?.returnType;
    const returns = returnType === undefined || returnType.kind === ts.SyntaxKind.VoidKeyword ? undefined : toSchema(returnType, `${symbol} return`);
    const accepts = method.accepts.length === 0 ? ['application/json'] : method.accepts;
    operation['responses'] = {
      '2XX': {
        description: returns === undefined ? 'Success; the SDK returns no body.' : 'Success.',
        ...(returns === undefined ? {} : { content: Object.fromEntries(accepts.map((type) => [type, { schema: returns }])) }),
      },
    };
    record.bodies['2XX'] = 'sdk';
    const security = method.authNames.map((name) => ({ [componentName(name)]: [] }));
    operation['security'] = security;
    item[verb] = operation;
  }

  // Models: every interface of `namespace Models` (the filter step keeps the ones the selected operations reach), and
  // any model referenced but not declared, as an untyped object.
  const queue = [...declarations.models.keys(), ...referenced];
  const emitted = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (emitted.has(name)) continue;
    emitted.add(name);
    const model = declarations.models.get(name);
    if (model === undefined) {
      warnings.push(`Models.${name} is referenced but not declared in index.d.ts; declared as an untyped object`);
      schemas[name] = { type: 'object', additionalProperties: true, description: 'Not declared in the SDK: untyped.' };
      provenance.schemas[name] = { properties: {} };
      continue;
    }
    const before = new Set(referenced);
    const properties: JsonObject = {};
    const required: string[] = [];
    const propertyProvenance: Record<string, string> = {};
    for (const [property, { type, optional }] of model) {
      properties[property] = toSchema(type, `Models.${name}.${property}`);
      if (!optional) required.push(property);
      propertyProvenance[property] = 'sdk';
    }
    schemas[name] = { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
    provenance.schemas[name] = { sdk: `index.d.ts Models.${name}`, properties: propertyProvenance };
    for (const ref of referenced) if (!before.has(ref)) queue.push(ref);
  }

  const securitySchemes = readSecuritySchemes(apiClient, configuration);
  // The SDK's logger reads `inin-correlation-id` from every response it logs (logger.js; the README's "extended
  // response" example shows it on a 200): declared once, for the error responses to reference.
  const headers: JsonObject = /'inin-correlation-id'/.test(logger)
    ? { 'ININ-Correlation-Id': { description: 'Correlation id of the request; error bodies repeat it as `contextId`.', schema: { type: 'string' } } }
    : {};
  const document: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: 'Genesys Cloud Platform API',
      version: 'v2',
      description: `Derived by @ccaas spec-sync from the vendor's official JavaScript SDK ${label}.`,
    },
    servers: [{ url: `https://api.${defaultEnvironment(configuration)}` }],
    paths,
    components: { schemas: sortKeys(schemas), securitySchemes, ...(Object.keys(headers).length === 0 ? {} : { headers }) },
  };
  return { document, provenance, label, sha256: hash.digest('hex'), bytes, warnings };
}

async function readText(path: string, packageDir: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new SpecSyncError('INPUT_UNREADABLE', `cannot read ${path} of the SDK package ${packageDir} (${(cause as NodeJS.ErrnoException).code ?? 'read error'})`, { input: packageDir, cause });
  }
}

/** The methods of one `api/<Tag>Api.js`: JSDoc and the arguments of its `callApi(...)`. */
function parseApiFile(text: string, file: string): SdkMethod[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const methods: SdkMethod[] = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || statement.name === undefined) continue;
    const className = statement.name.text;
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name) || member.body === undefined) continue;
      const call = findCallApi(member.body);
      if (call === undefined) continue;
      const methodName = member.name.text;
      const where = `${file} ${className}.${methodName}`;
      const args = call.arguments;
      if (args.length < 10) throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: callApi has ${args.length} arguments, expected 10 or more`);
      const positional = member.parameters.map((p) => p.name.getText(source)).filter((name) => name !== 'opts');
      const params: SdkMethod['params'] = [];
      const locations = ['path', 'query', 'header', 'formData'] as const;
      locations.forEach((location, index) => {
        for (const { name, value } of objectEntries(args[index + 2]!, where)) {
          const { jsName, positional: isPositional, multi } = readValue(value, where, source);
          params.push({ in: location, name, jsName, positional: isPositional, multi });
        }
      });
      const bodyArg = args[6]!;
      const body = bodyArg.kind === ts.SyntaxKind.NullKeyword ? undefined : readValue(bodyArg, where, source);
      const doc = parseJsDoc(member, source);
      methods.push({
        className,
        methodName,
        file,
        ...doc,
        positional,
        path: stringLiteral(args[0]!, where),
        httpMethod: stringLiteral(args[1]!, where),
        params,
        ...(body === undefined ? {} : { body: { jsName: body.jsName, positional: body.positional } }),
        authNames: stringArray(args[7]!, where),
        contentTypes: stringArray(args[8]!, where),
        accepts: stringArray(args[9]!, where),
      });
    }
  }
  return methods;
}

function findCallApi(node: ts.Node): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.name.text === 'callApi') found = child;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function objectEntries(node: ts.Expression, where: string): Array<{ name: string; value: ts.Expression }> {
  if (!ts.isObjectLiteralExpression(node)) throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: expected an object literal in callApi`);
  return node.properties.map((property) => {
    if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
      throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: unexpected parameter entry in callApi`);
    }
    return { name: property.name.text, value: property.initializer };
  });
}

/** `x` (a positional parameter), `opts['x']`, or `this.apiClient.buildCollectionParam(<either>, 'multi')`. */
function readValue(node: ts.Expression, where: string, source: ts.SourceFile): { jsName: string; positional: boolean; multi: boolean } {
  if (ts.isIdentifier(node)) return { jsName: node.text, positional: true, multi: false };
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'opts' && ts.isStringLiteral(node.argumentExpression)) {
    return { jsName: node.argumentExpression.text, positional: false, multi: false };
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'buildCollectionParam') {
    const [value, format] = node.arguments;
    const inner = readValue(value!, where, source);
    const collectionFormat = format !== undefined && ts.isStringLiteral(format) ? format.text : '';
    if (collectionFormat !== 'multi') throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: collection format "${collectionFormat}" is not supported yet`);
    return { ...inner, multi: true };
  }
  throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: unexpected callApi argument ${node.getText(source)}`);
}

function stringLiteral(node: ts.Expression, where: string): string {
  if (!ts.isStringLiteral(node)) throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: expected a string literal in callApi`);
  return node.text;
}

function stringArray(node: ts.Expression, where: string): string[] {
  if (!ts.isArrayLiteralExpression(node)) throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${where}: expected an array literal in callApi`);
  return node.elements.map((element) => stringLiteral(element, where));
}

/** The method's JSDoc: line 1 the summary, line 2 the description, then `@param {Type} name text (default to X)`. */
function parseJsDoc(member: ts.MethodDeclaration, source: ts.SourceFile): Pick<SdkMethod, 'summary' | 'description' | 'deprecated' | 'preview' | 'docParams'> {
  const ranges = ts.getLeadingCommentRanges(source.text, member.getFullStart()) ?? [];
  const comment = ranges.length === 0 ? '' : source.text.slice(ranges[ranges.length - 1]!.pos, ranges[ranges.length - 1]!.end);
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd());
  const firstTag = lines.findIndex((line) => line.startsWith('@'));
  const prose = (firstTag === -1 ? lines : lines.slice(0, firstTag)).map((line) => line.trim());
  while (prose.length > 0 && prose[0] === '') prose.shift();
  const [summary = '', ...rest] = prose;
  const docParams = new Map<string, DocParam>();
  let deprecated = false;
  let preview = false;
  for (const line of firstTag === -1 ? [] : lines.slice(firstTag)) {
    if (line.startsWith('@deprecated')) deprecated = true;
    // "postUsersSearch is a preview method and is subject to both breaking and non-breaking changes ..."
    if (/^\w+ is a preview method\b/.test(line)) preview = true;
    const match = /^@param \{(.+?)\} (\S+) ?(.*)$/.exec(line);
    if (match === null) continue;
    const [, jsType = '', name = '', text = ''] = match;
    const defaultMatch = /\s*\(default to (.*)\)\s*$/.exec(text);
    docParams.set(name, {
      jsType,
      description: (defaultMatch === null ? text : text.slice(0, defaultMatch.index)).trim(),
      ...(defaultMatch === null ? {} : { defaultValue: defaultMatch[1] }),
    });
  }
  return { summary, description: rest.join('\n').trim(), deprecated, preview, docParams };
}

/** A JSDoc default ("25", "true", "ASC") as a value of the parameter's schema type; undefined when it does not fit. */
function parseDefault(text: string, schema: JsonObject): unknown {
  const type = schema['type'];
  if (type === 'number' || type === 'integer') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (type === 'string') return text;
  return undefined;
}

interface Declarations {
  /** Class -> method -> its declaration. */
  classes: Map<string, Map<string, DeclaredMethod>>;
  /** "<Class>.<method>Options" -> property -> type. */
  options: Map<string, Map<string, ts.TypeNode | undefined>>;
  /** Model name -> property -> type and optionality (first declaration wins when a property is listed twice). */
  models: Map<string, Map<string, { type: ts.TypeNode | undefined; optional: boolean }>>;
}

function parseDeclarations(text: string): Declarations {
  const source = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declarations: Declarations = { classes: new Map(), options: new Map(), models: new Map() };
  const propertyName = (name: ts.PropertyName) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(source));
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      const methods = new Map<string, DeclaredMethod>();
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const params = new Map<string, ts.TypeNode | undefined>();
        let optionsType: string | undefined;
        for (const parameter of member.parameters) {
          const name = parameter.name.getText(source);
          if (name === 'opts' && parameter.type !== undefined && ts.isTypeReferenceNode(parameter.type)) optionsType = parameter.type.typeName.getText(source);
          else params.set(name, parameter.type);
        }
        const returnType = member.type !== undefined && ts.isTypeReferenceNode(member.type) && member.type.typeName.getText(source) === 'Promise' ? member.type.typeArguments?.[0] : undefined;
        methods.set(member.name.text, { params, ...(optionsType === undefined ? {} : { optionsType }), ...(returnType === undefined ? {} : { returnType }) });
      }
      declarations.classes.set(statement.name.text, methods);
    }
    if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
      const namespace = statement.name.getText(source);
      for (const inner of statement.body.statements) {
        if (!ts.isInterfaceDeclaration(inner)) continue;
        if (namespace === 'Models') {
          const properties = new Map<string, { type: ts.TypeNode | undefined; optional: boolean }>();
          for (const member of inner.members) {
            if (!ts.isPropertySignature(member)) continue;
            const name = propertyName(member.name);
            if (!properties.has(name)) properties.set(name, { type: member.type, optional: member.questionToken !== undefined });
          }
          declarations.models.set(inner.name.text, properties);
        } else {
          const fields = new Map<string, ts.TypeNode | undefined>();
          for (const member of inner.members) if (ts.isPropertySignature(member)) fields.set(propertyName(member.name), member.type);
          declarations.options.set(`${namespace}.${inner.name.text}`, fields);
        }
      }
    }
  }
  return declarations;
}

/** A TypeScript type of index.d.ts as a JSON schema; unknown shapes become `{}` (any value) and a warning. */
function typeNodeToSchema(node: ts.TypeNode | undefined, where: string, referenced: Set<string>, warnings: string[]): JsonObject {
  if (node === undefined) return {};
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.ObjectKeyword:
      // TypeScript `object` (Swagger `type: object` without properties): any JSON object.
      return { type: 'object', additionalProperties: true };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return {};
    default:
      break;
  }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeNodeToSchema(node.elementType, where, referenced, warnings) };
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isQualifiedName(node.typeName) ? `${node.typeName.left.getText()}.${node.typeName.right.text}` : node.typeName.text;
    const [first, second] = node.typeArguments ?? [];
    if (name === 'Array' && first !== undefined) return { type: 'array', items: typeNodeToSchema(first, where, referenced, warnings) };
    if (name === 'Record' && second !== undefined) return { type: 'object', additionalProperties: typeNodeToSchema(second, where, referenced, warnings) };
    if (name.startsWith('Models.')) {
      const model = name.slice('Models.'.length);
      referenced.add(model);
      return { $ref: `#/components/schemas/${escapePointer(model)}` };
    }
    if (name === 'Buffer' || name === 'Blob' || name === 'File') return { type: 'string', format: 'binary' };
  }
  if (ts.isTypeLiteralNode(node) && node.members.length === 1) {
    const [member] = node.members;
    if (member !== undefined && ts.isIndexSignatureDeclaration(member)) {
      return { type: 'object', additionalProperties: typeNodeToSchema(member.type, where, referenced, warnings) };
    }
  }
  warnings.push(`${where}: type \`${node.getText()}\` has no JSON schema equivalent; left untyped`);
  return {};
}

function isArraySchema(schema: JsonObject): boolean {
  return schema['type'] === 'array' && typeof schema['items'] === 'object' && schema['items'] !== null;
}

/** `authentications` of ApiClient.js -> securitySchemes; OAuth endpoints from its login methods on the default host. */
function readSecuritySchemes(apiClient: string, configuration: string): JsonObject {
  const login = `https://login.${defaultEnvironment(configuration)}`;
  const block = /this\.authentications = \{([\s\S]*?)\};/.exec(apiClient)?.[1] ?? '';
  const schemes: JsonObject = {};
  for (const match of block.matchAll(/'([^']+)': \{([^}]*)\}/g)) {
    const [, name = '', body = ''] = match;
    const type = /type: '(\w+)'/.exec(body)?.[1];
    if (type === 'oauth2') {
      const flows: JsonObject = {};
      if (apiClient.includes('grant_type=client_credentials')) flows['clientCredentials'] = { tokenUrl: `${login}/oauth/token`, scopes: {} };
      if (apiClient.includes("'oauth/authorize'")) {
        flows['authorizationCode'] = { authorizationUrl: `${login}/oauth/authorize`, tokenUrl: `${login}/oauth/token`, scopes: {} };
        flows['implicit'] = { authorizationUrl: `${login}/oauth/authorize`, scopes: {} };
      }
      schemes[componentName(name)] = { type: 'oauth2', flows };
    } else if (type === 'apiKey') {
      schemes[componentName(name)] = { type: 'apiKey', in: /'in': '(\w+)'/.exec(body)?.[1] ?? 'header', name: /name: '([^']+)'/.exec(body)?.[1] ?? 'Authorization' };
    }
  }
  return schemes;
}

function defaultEnvironment(configuration: string): string {
  return /this\.host : '([^']+)'/.exec(configuration)?.[1] ?? 'mypurecloud.com';
}

/** Where an SDK parameter came from: "sdk" when its JavaScript name is its wire name, else "sdk opts.<name>" / "sdk arg <name>". */
function sdkParameterSource(param: { name: string; jsName: string; positional: boolean }): string {
  if (param.jsName === param.name) return 'sdk';
  return param.positional ? `sdk arg ${param.jsName}` : `sdk opts.${param.jsName}`;
}

/** Component names may only hold `A-Za-z0-9._-` in OpenAPI 3 ("PureCloud OAuth" -> "PureCloud_OAuth", as swagger2openapi does). */
function componentName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}


function sortKeys(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, object[key]]));
}
