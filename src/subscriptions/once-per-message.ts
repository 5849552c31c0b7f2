/**
 * Turns a published message into the payload subscribers are answered from, once per message
 * however many subscribers read it: they then share one payload object, which is what lets
 * shared-event-execution.plugin.ts execute their selection once.
 */
export function oncePerMessage<M extends object, P>(convert: (message: M) => P): (message: M) => P {
  const payloads = new WeakMap<M, P>();
  return (message) => {
    if (payloads.has(message)) return payloads.get(message)!;
    const payload = convert(message);
    payloads.set(message, payload);
    return payload;
  };
}
