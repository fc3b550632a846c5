import { createContext, useContext } from "react";

// The CSP nonce of this response; only the server render knows it, the browser keeps it hidden.
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
