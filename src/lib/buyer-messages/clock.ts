/**
 * The market-day clock. A store's clock moves only when a market day runs: each market day is 24
 * market-day hours, its messages arrive at an hour of that day (0–23), and a reply counts as sent at
 * the close (hour 24) of the store's latest market day when it is posted. So a reply before the next
 * market day is on time (24 − arrival hour ≤ 24); after one more market day it is 24 hours later.
 */

/** Market-day hours from a message (day `messageSeq`, hour `receivedHour`) to a reply posted while `latestSeq` is the latest day. */
export function responseHours(input: { messageSeq: number; receivedHour: number; latestSeq: number }): number {
  return 24 * Math.max(0, input.latestSeq - input.messageSeq) + 24 - input.receivedHour;
}
