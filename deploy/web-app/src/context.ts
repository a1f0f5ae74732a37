import { createContext, useContext } from "react";
import type { Apis } from "./api/client";
import type { Person, Session } from "./auth/session";

export interface AppContext {
  apis: Apis;
  person: Person;
  session: Session;
}

export const Context = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const context = useContext(Context);
  if (!context) {
    throw new Error("useApp outside the signed-in app");
  }
  return context;
}
