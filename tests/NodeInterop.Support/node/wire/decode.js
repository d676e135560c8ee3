'use strict';
// .NET -> Node: reads {"<entry>": "<base64 of the .NET encoding>"} on stdin, decodes each entry with
// the official class of the matching catalogue entry, and prints for each:
//   bytes:    base64 of Node re-encoding what it decoded (unknown fields are dropped, so a field
//             number Node does not know shows up as missing bytes),
//   decoded:  JSON of toObject() of what Node decoded,
//   expected: JSON of toObject() of Node's own catalogue entry.
const { build } = require('./catalogue');

// Bytes inside maps stay Uint8Array in toObject(); print them as base64 like other bytes fields.
const json = (object) => JSON.stringify(object, (_, value) =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value);

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const catalogue = build();
const result = {};
for (const [name, base64] of Object.entries(input)) {
  const expected = catalogue.get(name);
  if (!expected) {
    result[name] = { error: `no catalogue entry named ${name}` };
    continue;
  }
  const decoded = expected.constructor.deserializeBinary(Buffer.from(base64, 'base64'));
  result[name] = {
    bytes: Buffer.from(decoded.serializeBinary()).toString('base64'),
    decoded: json(decoded.toObject()),
    expected: json(expected.toObject()),
  };
}
process.stdout.write(JSON.stringify(result));
