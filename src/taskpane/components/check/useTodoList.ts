import { useEffect, useRef, useState } from "react";
import type { PartyTodo } from "../../../core/todo/partyTodo";
import { todoAsText } from "../../../core/todo/partyTodo";
import { useLang } from "../../i18n/strings";

/** Copies a party's list to the clipboard; where the browser refuses, shows it selected in a text field. */
export function useTodoList() {
  const lang = useLang();
  const [copied, setCopied] = useState<string | null>(null);
  const [fallback, setFallback] = useState<{ party: string; text: string } | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [fallback]);

  const copy = async (todo: PartyTodo) => {
    const text = todoAsText(todo, lang);
    setCopied(null);
    setFallback(null);
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopied(todo.party);
    } catch {
      // Office on the web may deny the clipboard to the add-in's frame: the text field lets the user copy by hand.
      setFallback({ party: todo.party, text });
    }
  };

  return { copy, copied, fallback, fallbackRef };
}
