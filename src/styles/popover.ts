/** Styles of the reference/profile popover shared by the badge and the actor chip. */
import { css } from 'lit';

/** The rest (the box is in popover-box.ts), which arrives with the popover's controller. */
export const popoverStyles = css`
  .popover p,
  .popover figure,
  .popover blockquote {
    margin: 0 0 0.5rem;
  }
  .popover a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .popover figcaption {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .popover blockquote {
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
  }
  .popover cite,
  .popover .in-text-only {
    color: var(--_muted);
  }
  .popover .reference + .reference {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .actions button {
    min-height: 24px;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125rem;
    cursor: pointer;
  }
  @media print {
    .popover {
      display: none;
    }
  }
`;
