'use strict';
// Node -> .NET: prints {"<entry>": "<base64 of the official encoding>", ...} for the whole catalogue.
const { build } = require('./catalogue');

const encoded = {};
for (const [name, message] of build()) {
  encoded[name] = Buffer.from(message.serializeBinary()).toString('base64');
}
process.stdout.write(JSON.stringify(encoded));
