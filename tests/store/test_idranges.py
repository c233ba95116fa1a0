"""store.idranges: ids as [first, last] runs, and ids as a few SQL conditions (runs as BETWEEN)."""

from desktop.store.idranges import IdRanges, id_batches


def test_consecutive_ids_are_one_between_and_scattered_ones_an_in_list():
    assert id_batches(range(1, 6001), "id") == [("(id BETWEEN ? AND ?)", [1, 6000])]
    assert id_batches([9, 1, 2, 3, 5, None, 3], "d.id") == [("(d.id BETWEEN ? AND ? OR d.id IN (?, ?))", [1, 3, 5, 9])]
    assert id_batches([], "id") == []


def test_conditions_keep_under_the_parameter_limit():
    batches = id_batches(range(0, 4000, 2), "id", "%s", limit=500)
    assert [len(params) for _sql, params in batches] == [499, 499, 499, 499, 4]
    assert sorted(i for _sql, params in batches for i in params) == list(range(0, 4000, 2))
    assert all("%s" in sql and "?" not in sql for sql, _params in batches)


def test_id_ranges_are_read_by_their_runs():
    ranges = IdRanges()
    for row_id in [*range(10, 20), 25, *range(30, 40), 20]:
        ranges.add(row_id)
    condition, params = id_batches(ranges, "id")[0]  # 20 came last: its run joins 10-19 all the same
    assert (condition, params) == ("(id BETWEEN ? AND ? OR id BETWEEN ? AND ? OR id IN (?))", [10, 20, 30, 39, 25])
    assert 15 in ranges and 20 in ranges and 25 in ranges
    assert 21 not in ranges and 40 not in ranges
