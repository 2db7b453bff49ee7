package dev.omsteps.watch.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a VT100 to check a redrawn view: text, line feed, cursor up to a line's start
 * ({@code CSI n F}), erase in line ({@code CSI K}), erase below ({@code CSI J}); colours and cursor
 * visibility are ignored. It counts the lines that scroll off the top (what a terminal keeps in its
 * history) and the clears made from the top-left corner (which tmux copies into its history), and
 * fails on a line wider than the screen or any other escape.
 */
final class VirtualTerminal {

    private final int cols;
    private final int rows;
    private final List<StringBuilder> screen = new ArrayList<>();
    private int row;
    private int col;
    int scrolledOff;
    int clearsFromTop;

    VirtualTerminal(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        for (int i = 0; i < rows; i++) {
            screen.add(new StringBuilder());
        }
    }

    void write(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b') {
                int end = i + 2;
                while (end < s.length() && !Character.isLetter(s.charAt(end))) {
                    end++;
                }
                escape(s.substring(i + 2, end), s.charAt(end));
                i = end;
            } else if (c == '\n') {
                lineFeed();
            } else {
                StringBuilder line = screen.get(row);
                while (line.length() < col) {
                    line.append(' ');
                }
                if (col >= cols) {
                    throw new AssertionError("a line wider than " + cols + " columns: " + line + c);
                }
                if (col < line.length()) {
                    line.setCharAt(col, c);
                } else {
                    line.append(c);
                }
                col += Character.isHighSurrogate(c) ? 0 : 1;
            }
        }
    }

    private void escape(String params, char command) {
        int n = params.isEmpty() || params.startsWith("?") ? 1 : Integer.parseInt(params.split(";")[0]);
        switch (command) {
            case 'F' -> {
                row = Math.max(0, row - n);
                col = 0;
            }
            case 'K' -> screen.get(row).setLength(Math.min(col, screen.get(row).length()));
            case 'J' -> {
                if (row == 0 && col == 0) {
                    clearsFromTop++;
                }
                screen.get(row).setLength(Math.min(col, screen.get(row).length()));
                for (int r = row + 1; r < rows; r++) {
                    screen.get(r).setLength(0);
                }
            }
            case 'm', 'l', 'h' -> { }
            default -> throw new AssertionError("unexpected escape " + params + command);
        }
    }

    private void lineFeed() {
        col = 0;
        if (row == rows - 1) {
            screen.remove(0);
            screen.add(new StringBuilder());
            scrolledOff++;
        } else {
            row++;
        }
    }

    /** The screen's lines, trailing blank ones left out. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        screen.forEach(l -> out.add(l.toString().replaceAll("\u001b\\[[0-9;]*m", "")));
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
