'use strict';

// Verifies signatures with Node's own crypto, which accepts high-S signatures, and reports for each
// whether it verified, whether it is strict DER and whether its S is low (s <= n/2 on P-256).
// stdin: { certificatePem, items: [{ message: hex, signature: hex }] }
// stdout: [{ verified, der, lowS }]

const crypto = require('node:crypto');
const readStdinJson = require('./stdin-json');

const P256_HALF_ORDER = BigInt('0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551') >> 1n;

// Parses SEQUENCE { INTEGER r, INTEGER s } with short-form lengths (always the case for P-256).
function parseDer(sig) {
  if (sig.length < 8 || sig[0] !== 0x30 || sig[1] !== sig.length - 2) return null;
  let offset = 2;
  const ints = [];
  for (let i = 0; i < 2; i++) {
    if (sig[offset] !== 0x02) return null;
    const len = sig[offset + 1];
    const value = sig.subarray(offset + 2, offset + 2 + len);
    if (len === 0 || value.length !== len) return null;
    if (value[0] & 0x80) return null;
    if (len > 1 && value[0] === 0 && !(value[1] & 0x80)) return null;
    ints.push(BigInt('0x' + value.toString('hex')));
    offset += 2 + len;
  }
  return offset === sig.length ? { r: ints[0], s: ints[1] } : null;
}

readStdinJson().then((input) => {
  const publicKey = new crypto.X509Certificate(input.certificatePem).publicKey;
  const results = input.items.map((item) => {
    const message = Buffer.from(item.message, 'hex');
    const signature = Buffer.from(item.signature, 'hex');
    const parsed = parseDer(signature);
    let verified = false;
    try {
      verified = crypto.verify('sha256', message, publicKey, signature);
    } catch {
      verified = false;
    }
    return { verified, der: parsed !== null, lowS: parsed !== null && parsed.s <= P256_HALF_ORDER };
  });
  process.stdout.write(JSON.stringify(results));
});
