"""What the board and the funnel read: columns, pages, headers, moves by drag, filters, segments."""
