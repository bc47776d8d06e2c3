import { JsonHubProtocol, MessageType, type HubMessage, type ILogger } from '@microsoft/signalr';
import { parseJson } from '../json';

const RECORD_SEPARATOR = '\x1e';

/**
 * SignalR's JSON protocol, parsing with the exact-version reviver (see json.ts). Writing and the
 * handshake are the stock protocol's.
 */
export class ExactJsonHubProtocol extends JsonHubProtocol {
  override parseMessages(input: string, logger: ILogger): HubMessage[] {
    if (typeof input !== 'string') {
      return super.parseMessages(input, logger);
    }
    const messages: HubMessage[] = [];
    for (const part of input.split(RECORD_SEPARATOR)) {
      if (!part) continue;
      const message = parseJson<HubMessage>(part);
      if (typeof message.type !== 'number') throw new Error('Invalid payload.');
      if (message.type in MessageType) messages.push(message);
    }
    return messages;
  }
}
