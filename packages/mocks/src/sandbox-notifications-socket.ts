// The notification sockets of the loopback sandbox: `ws://127.0.0.1:<port>/genesys-cloud/streaming/channels/<id>`.
// A minimal RFC 6455 server (handshake, text frames, ping/close control frames; no extensions): the simulation sends
// short JSON text messages only, and a WebSocket library as a dependency of @ccaas/mocks would be for this alone.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { GenesysNotificationsMock, StreamingSocket } from './genesys-notifications-mock.js';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126) {
    header[0] = 0x80 | opcode;
    if (length < 65_536) {
      header[1] = 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
  }
  return Buffer.concat([header, payload]);
}

/** Reads complete client frames (always masked) from `buffer`; returns them and what is left over. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = buffer[offset]! & 0x0f;
    let length = buffer[offset + 1]! & 0x7f;
    let cursor = offset + 2;
    if (length === 126) {
      if (buffer.length < cursor + 2) break;
      length = buffer.readUInt16BE(cursor);
      cursor += 2;
    } else if (length === 127) {
      if (buffer.length < cursor + 8) break;
      length = Number(buffer.readBigUInt64BE(cursor));
      cursor += 8;
    }
    const masked = (buffer[offset + 1]! & 0x80) !== 0;
    const mask = masked ? buffer.subarray(cursor, cursor + 4) : undefined;
    if (masked) cursor += 4;
    if (buffer.length < cursor + length) break;
    const payload = Buffer.from(buffer.subarray(cursor, cursor + length));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    offset = cursor + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

/**
 * Handles an HTTP upgrade for `<pathPrefix>/channels/<id>`; returns false when the path is not a channel's (the
 * caller then refuses the upgrade).
 */
export function acceptNotificationSocket(request: IncomingMessage, socket: Duplex, pathPrefix: string, notifications: GenesysNotificationsMock): boolean {
  const match = new RegExp(`^${pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/channels/([^/?]+)`).exec(request.url ?? '');
  const key = request.headers['sec-websocket-key'];
  if (!match || typeof key !== 'string') return false;
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let open = true;
  const streaming: StreamingSocket = {
    send: (text) => {
      if (open) socket.write(frame(0x1, Buffer.from(text)));
    },
    close: () => {
      if (!open) return;
      open = false;
      socket.end(frame(0x8, Buffer.from([0x03, 0xe8])));
    },
  };
  const receive = notifications.connect(decodeURIComponent(match[1]!), streaming);
  let pending: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
    pending = rest;
    for (const { opcode, payload } of frames) {
      if (opcode === 0x1) receive(payload.toString('utf8'));
      else if (opcode === 0x9 && open) socket.write(frame(0xa, payload));
      else if (opcode === 0x8) streaming.close();
    }
  });
  const gone = () => {
    open = false;
    notifications.disconnect(streaming);
  };
  socket.on('close', gone);
  socket.on('error', gone);
  return true;
}
