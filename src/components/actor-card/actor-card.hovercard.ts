/**
 * The chip's hovercard behaviour (hover, pinning, Escape from inside, placement) and styles,
 * loaded on intent (pointer over or focus on the chip, or its opening), so that a card, or a
 * chip nobody reaches, never downloads them.
 */
export { PopoverController } from '../../controllers/popover-controller.js';
export { popoverStyles } from '../../styles/popover.js';
