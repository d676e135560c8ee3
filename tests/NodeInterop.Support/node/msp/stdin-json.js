'use strict';

// Reads all of standard input and parses it as JSON; the .NET tests pass their cases this way.
module.exports = function readStdinJson() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    process.stdin.on('error', reject);
  });
};
