import { createUniqueId, For, Show } from "solid-js";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { foldText } from "../text/search";
import { KIND_LABELS } from "./labels";
import { type TreeNode, visibleNodes } from "./tree";

interface UnitTreeProps {
  label: string;
  roots: TreeNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string, open: boolean) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  focusedId: string | undefined;
  onFocusChange: (id: string) => void;
  /** Units that match the search themselves (their ancestors are shown only to place them). */
  matches?: ReadonlySet<string>;
}

/**
 * The union tree as a WAI-ARIA tree view: one tab stop, arrow keys move, Right/Left open and close,
 * Home/End jump, Enter or Space selects, typing a letter jumps to the next unit starting with it.
 */
export function UnitTree(props: UnitTreeProps) {
  const { t } = useI18n();
  const treeId = createUniqueId();
  const itemId = (id: string) => `${treeId}-${id}`;
  const visible = () => visibleNodes(props.roots, props.expanded);
  const current = () => {
    const list = visible();
    return (
      list.find((n) => n.unit.id === props.focusedId) ??
      list.find((n) => n.unit.id === props.selectedId) ??
      list[0]
    );
  };
  const parentOf = (id: string): TreeNode | undefined => {
    let found: TreeNode | undefined;
    const walk = (nodes: TreeNode[], parent: TreeNode | undefined) => {
      for (const node of nodes) {
        if (found) return;
        if (node.unit.id === id) found = parent;
        else walk(node.children, node);
      }
    };
    walk(props.roots, undefined);
    return found;
  };

  const focus = (id: string | undefined) => {
    if (!id) return;
    props.onFocusChange(id);
    queueMicrotask(() => document.getElementById(itemId(id))?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const list = visible();
    const node = current();
    if (!node || list.length === 0) return;
    const index = list.indexOf(node);
    const open = props.expanded.has(node.unit.id);
    const hasChildren = node.children.length > 0;
    switch (event.key) {
      case "ArrowDown":
        focus(list[Math.min(index + 1, list.length - 1)]?.unit.id);
        break;
      case "ArrowUp":
        focus(list[Math.max(index - 1, 0)]?.unit.id);
        break;
      case "Home":
        focus(list[0]?.unit.id);
        break;
      case "End":
        focus(list[list.length - 1]?.unit.id);
        break;
      case "ArrowRight":
        if (hasChildren && !open) props.onToggle(node.unit.id, true);
        else if (hasChildren) focus(node.children[0]?.unit.id);
        break;
      case "ArrowLeft":
        if (hasChildren && open) props.onToggle(node.unit.id, false);
        else focus(parentOf(node.unit.id)?.unit.id);
        break;
      case "Enter":
      case " ":
        props.onSelect(node.unit.id);
        break;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = foldText(event.key);
        const after = [...list.slice(index + 1), ...list.slice(0, index + 1)];
        const hit = after.find((n) => foldText(n.unit.name).startsWith(letter));
        if (!hit) return;
        focus(hit.unit.id);
      }
    }
    event.preventDefault();
  };

  const Item = (itemProps: { node: TreeNode; index: number; size: number }) => {
    const node = () => itemProps.node;
    const id = () => node().unit.id;
    const hasChildren = () => node().children.length > 0;
    const open = () => props.expanded.has(id());
    const closed = () => node().unit.status === "closed";
    return (
      // Keyboard interaction is handled once on the tree (roving tabindex), as the ARIA pattern asks.
      // biome-ignore lint/a11y/useKeyWithClickEvents: see above
      <div
        role="treeitem"
        id={itemId(id())}
        class="tree__item"
        aria-level={node().depth + 1}
        aria-setsize={itemProps.size}
        aria-posinset={itemProps.index + 1}
        aria-expanded={hasChildren() ? open() : undefined}
        aria-selected={props.selectedId === id()}
        aria-labelledby={`${itemId(id())}-name`}
        aria-describedby={`${itemId(id())}-meta`}
        tabIndex={current()?.unit.id === id() ? 0 : -1}
        onClick={(event) => {
          event.stopPropagation();
          props.onFocusChange(id());
          props.onSelect(id());
        }}
      >
        <div
          class="tree__row"
          classList={{
            "is-selected": props.selectedId === id(),
            "is-closed": closed(),
            "is-context": props.matches !== undefined && !props.matches.has(id()),
          }}
        >
          <Show
            when={hasChildren()}
            fallback={<span class="tree__toggle tree__toggle--leaf" aria-hidden="true" />}
          >
            {/* Pointer shortcut only; keyboard users open and close with the arrow keys. */}
            <span
              class="tree__toggle"
              classList={{ "is-open": open() }}
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                props.onToggle(id(), !open());
              }}
            />
          </Show>
          <span class="tree__text">
            <span class="tree__name" id={`${itemId(id())}-name`}>
              {node().unit.name}
            </span>
            <span class="tree__meta" id={`${itemId(id())}-meta`}>
              {t(KIND_LABELS[node().unit.kind])}
              {" · "}
              {t("unit.memberCount", { count: formatNumber(node().totalMembers) })}
              <Show when={closed()}>
                {" · "}
                <span class="badge badge--muted">{t("unit.status.closed")}</span>
              </Show>
            </span>
          </span>
        </div>
        <Show when={hasChildren() && open()}>
          {/* biome-ignore lint/a11y/useSemanticElements: role="group" is how a tree nests items, not a form group */}
          <div role="group" class="tree__group">
            <For each={node().children}>
              {(child, i) => <Item node={child} index={i()} size={node().children.length} />}
            </For>
          </div>
        </Show>
      </div>
    );
  };

  return (
    <div role="tree" class="tree" aria-label={props.label} onKeyDown={onKeyDown}>
      <For each={props.roots}>{(node, i) => <Item node={node} index={i()} size={props.roots.length} />}</For>
    </div>
  );
}
