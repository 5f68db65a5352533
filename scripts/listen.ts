// Every local server of the scripts and tests (the demo's mock API, the export's mock, the fleet bench's upstream, the
// test servers) listens on 127.0.0.1 and a free port, and closes with its open connections dropped: here, once.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A server listening on 127.0.0.1. */
export interface Listening {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Stops the server and drops its open connections; resolves also when it was already stopped. */
  close(): Promise<void>;
}

/** Makes `server` listen on 127.0.0.1 and a free port; rejects when it cannot. */
export async function listenLocally(server: Server): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) =>
          error && (error as NodeJS.ErrnoException).code !== "ERR_SERVER_NOT_RUNNING" ? reject(error) : resolve(),
        );
        server.closeAllConnections();
      }),
  };
}
