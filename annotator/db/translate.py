"""The tool's SQL, written once in SQLite's dialect, translated for PostgreSQL.

Every statement in domain/, analysis/, exchange/, corpus/ and sync/ is SQLite SQL; on a
PostgreSQL database each distinct statement is parsed once by sqlglot, rewritten where the
two engines mean different things, and cached. Keeping one dialect in the code is what
lets a new query or migration written for SQLite run on PostgreSQL unchanged.

What is rewritten beyond sqlglot's own transpiling (SQLite's meaning kept):
- ``INSERT OR IGNORE`` / ``OR REPLACE`` -> ``ON CONFLICT DO NOTHING`` / ``DO UPDATE``;
- a true/false value where SQLite has 0/1 (arithmetic, sums, stored or returned values);
- ``main.t`` -> ``t``, ``temp.t`` -> ``pg_temp.t``, an attached file's ``alias.t`` -> the
  session's temporary copy ``pg_temp.alias__t``; ``sqlite_master`` -> the catalog;
- ``json_object``/``json_group_array``/``json``/``json_each``/``json_extract`` -> their
  PostgreSQL counterparts, floats written as SQLite writes them (``3.0``, not ``3``);
- ``quote()``, ``LIMIT -1``, unnamed subqueries in FROM, ``WITHOUT ROWID``;
- ``CREATE TABLE``: every table gets a ``rowid`` (an identity column, as SQLite's
  implicit one) and text compares bytewise (``COLLATE "C"``), as SQLite's BINARY.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlglot
from sqlglot import exp

HIDDEN_COLUMNS = ("rowid", "text_search")  # PostgreSQL-only columns: never in SELECT *
_SENTINEL = "__annotator_param_{}__"
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE)

Keys = Callable[[str], list[str]]  # a table's primary key columns

CATALOG = """(SELECT 'table' AS type, tablename AS name, tablename AS tbl_name,
    CAST(NULL AS TEXT) AS sql FROM pg_tables WHERE schemaname = current_schema()
    UNION ALL SELECT 'index', indexname, tablename, indexdef FROM pg_indexes
    WHERE schemaname = current_schema()
    UNION ALL SELECT 'view', viewname, viewname, CAST(NULL AS TEXT) FROM pg_views
    WHERE schemaname = current_schema())"""


class Untranslatable(Exception):
    """A statement PostgreSQL cannot be given (e.g. an FTS5 MATCH outside db/fts.py)."""


def translate(sql: str, *, attached: frozenset[str] = frozenset(), keys: Keys) -> str:
    """One SQLite statement as PostgreSQL SQL, with ``%s`` / ``%(name)s`` parameters."""
    text = _WITHOUT_ROWID.sub(")", sql.strip().rstrip(";"))
    tree = sqlglot.parse_one(text, read="sqlite")
    if isinstance(tree, exp.Command):
        raise Untranslatable(f"cannot translate for PostgreSQL: {sql[:80]}")
    tree = _rewrite(tree, attached, keys)
    names: list[str | None] = []

    def park(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Placeholder):
            names.append(node.args.get("this") or None)
            return exp.var(_SENTINEL.format(len(names) - 1))
        return node

    tree = tree.transform(park)
    out = tree.sql(dialect="postgres")
    out = out.replace("%", "%%")
    for index, name in enumerate(names):
        out = out.replace(_SENTINEL.format(index), f"%({name})s" if name else "%s", 1)
    return out


def _rewrite(tree: exp.Expression, attached: frozenset[str], keys: Keys) -> exp.Expression:
    for match in tree.find_all(exp.Match):
        raise Untranslatable(f"full-text MATCH goes through db/fts.py: {match.sql()[:60]}")
    _tables(tree, attached)
    _conflicts(tree, keys)
    _bare_columns(tree)
    _ordered_aggregates(tree)
    _json(tree)
    _functions(tree)
    _subquery_aliases(tree)
    _limits(tree)
    _booleans(tree)
    if isinstance(tree, exp.Create):
        _create_table(tree)
    return tree


def _tables(tree: exp.Expression, attached: frozenset[str]) -> None:
    for table in list(tree.find_all(exp.Table)):
        if not isinstance(table.this, exp.Identifier):
            continue
        name = table.name
        schema = table.args.get("db")
        schema_name = schema.name.lower() if schema is not None else ""
        if name.lower() == "sqlite_master" and not schema_name:
            alias = table.alias or "sqlite_master"
            sub = sqlglot.parse_one(f"SELECT * FROM {CATALOG} AS c", read="postgres")
            table.replace(exp.Subquery(this=sub, alias=exp.TableAlias(
                this=exp.to_identifier(alias))))
            continue
        if schema_name == "main":
            table.set("db", None)
        elif schema_name == "temp":
            table.set("db", exp.to_identifier("pg_temp"))
        elif schema_name in attached:
            table.set("db", exp.to_identifier("pg_temp"))
            table.set("this", exp.to_identifier(f"{schema_name}__{name}", quoted=True))


def _sources_of(select: exp.Select) -> set[str]:
    names = set()
    for source in [select.args.get("from_") or select.args.get("from"),
                   *(select.args.get("joins") or [])]:
        if source is None:
            continue
        node = source.this
        names.add((node.alias_or_name or "").lower())
    return names


def _bare_columns(tree: exp.Expression) -> None:
    """SQLite lets a grouped query name a column it neither groups nor aggregates (any
    row's value; in the tool's SQL always one value per group); PostgreSQL wants an
    aggregate, so such a column of the query's own tables becomes ``min(column)``."""
    for select in list(tree.find_all(exp.Select)):
        group = select.args.get("group")
        if group is None:
            continue
        grouped = {g.sql().lower() for g in group.expressions}
        grouped |= {g.name.lower() for g in group.expressions if isinstance(g, exp.Column)}
        own = _sources_of(select)
        for item in list(select.expressions):
            if isinstance(item, exp.Column) and item.sql().lower() not in grouped \
                    and item.table.lower() in own and item.name.lower() not in grouped:
                item.replace(exp.alias_(exp.Min(this=item.copy()), item.name))
                continue
            for column in list(item.find_all(exp.Column)):
                if column.sql().lower() in grouped or column.table.lower() not in own:
                    continue
                if not column.table and column.name.lower() in grouped:
                    continue
                if column.find_ancestor(exp.AggFunc, exp.Select) is not None and \
                        isinstance(column.find_ancestor(exp.AggFunc, exp.Select), exp.AggFunc):
                    continue
                if column.find_ancestor(exp.Select) is not select:
                    continue
                if isinstance(item, exp.Alias) and item.this is column and \
                        item.alias.lower() in grouped:
                    continue
                column.replace(exp.Min(this=column.copy()))
        outputs = {item.alias.lower() for item in select.expressions
                   if isinstance(item, exp.Alias)}
        for clause in ("order", "having"):
            node = select.args.get(clause)
            if node is None:
                continue
            for column in list(node.find_all(exp.Column)):
                name = column.name.lower()
                if column.sql().lower() in grouped or (not column.table and (
                        name in grouped or name in outputs)):
                    continue
                if column.table.lower() not in own or isinstance(column.find_ancestor(
                        exp.AggFunc, exp.Select), exp.AggFunc):
                    continue
                column.replace(exp.Min(this=column.copy()))


def _ordered_aggregates(tree: exp.Expression) -> None:
    """SQLite aggregates rows in the order its FROM subquery gives them (the tool orders
    ``json_group_array`` and ``group_concat`` that way); PostgreSQL is told in the call."""
    for select in list(tree.find_all(exp.Select)):
        source = select.args.get("from_") or select.args.get("from")
        sub = source.this if source is not None else None
        if not isinstance(sub, exp.Subquery) or not isinstance(sub.this, exp.Select):
            continue
        order = sub.this.args.get("order")
        if order is None:
            continue
        alias = sub.alias
        star = any(isinstance(e, exp.Star) for e in sub.this.expressions)
        out = {e.alias_or_name.lower() for e in sub.this.expressions}
        keys = []
        for ordered in order.expressions:
            key = ordered.copy()
            for column in list(key.find_all(exp.Column)):
                column.replace(exp.column(column.name, table=alias or None))
            keys.append(key)
        if not star and any(c.name.lower() not in out for k in keys
                            for c in k.find_all(exp.Column)):
            continue  # the order is not visible outside: a plain scan keeps it
        for agg in list(select.find_all(exp.JSONArrayAgg, exp.GroupConcat)):
            if agg.find_ancestor(exp.Select) is not select or isinstance(agg.this, exp.Order):
                continue
            agg.set("this", exp.Order(this=agg.this.copy(), expressions=[k.copy() for k in keys]))


def _conflicts(tree: exp.Expression, keys: Keys) -> None:
    for insert in tree.find_all(exp.Insert):
        alternative = (insert.args.get("alternative") or "").upper()
        target = insert.this.this if isinstance(insert.this, exp.Schema) else insert.this
        if alternative == "IGNORE":
            insert.set("alternative", None)
            insert.set("conflict", exp.OnConflict(action=exp.var("DO NOTHING")))
        elif alternative == "REPLACE":
            insert.set("alternative", None)
            columns = [c.name for c in insert.this.expressions] \
                if isinstance(insert.this, exp.Schema) else []
            pk = keys(target.name)
            updates = [exp.EQ(this=exp.column(c), expression=exp.column(c, table="excluded"))
                       for c in columns if c not in pk]
            conflict = exp.OnConflict(conflict_keys=[exp.to_identifier(k) for k in pk])
            if updates:
                conflict.set("action", exp.var("DO UPDATE"))
                conflict.set("expressions", updates)
            else:
                conflict.set("action", exp.var("DO NOTHING"))
            insert.set("conflict", conflict)
        conflict = insert.args.get("conflict")
        if conflict is None:
            continue
        conflict.set("conflict_keys", [
            k.this if isinstance(k, exp.Ordered) else k
            for k in conflict.args.get("conflict_keys") or []])
        for assignment in conflict.args.get("expressions") or []:
            value = assignment.expression
            for column in list(value.find_all(exp.Column)):
                if not column.table:
                    column.set("table", exp.to_identifier(target.name))


def _json_value(node: exp.Expression) -> exp.Expression:
    """A value placed in a JSON object or array, as SQLite would write it."""
    if isinstance(node, (exp.Literal, exp.Null, exp.Boolean)) or _is_json(node):
        return node
    return exp.func("annotator_json", node)


def _is_json(node: exp.Expression) -> bool:
    if isinstance(node, exp.Cast):
        return node.to.is_type("json")
    if isinstance(node, (exp.JSONObject, exp.JSONArrayAgg)):
        return True
    if isinstance(node, exp.Coalesce):
        return _is_json(node.this)
    return isinstance(node, exp.Anonymous) and node.name.lower() in ("json_build_object",
                                                                      "json_agg")


def _json(tree: exp.Expression) -> None:
    for node in list(tree.find_all(exp.Anonymous)):
        if node.name.lower() == "json" and len(node.expressions) == 1:
            node.replace(exp.cast(node.expressions[0], "json"))
    for node in list(tree.find_all(exp.JSONObject)):
        args: list[exp.Expression] = []
        for pair in node.expressions:
            args += [pair.this, _json_value(pair.expression)]
        node.replace(exp.Anonymous(this="json_build_object", expressions=args))
    for node in list(tree.find_all(exp.JSONArrayAgg)):
        value = node.this
        if isinstance(value, exp.Order):
            value.set("this", _json_value(value.this))
        else:
            value = _json_value(value)
        agg = exp.Anonymous(this="json_agg", expressions=[value])
        node.replace(exp.Coalesce(this=agg, expressions=[exp.cast(exp.Literal.string("[]"),
                                                                 "json")]))
    for node in list(tree.find_all(exp.JSONExtract, exp.JSONExtractScalar)):
        path = node.expression.sql(dialect="sqlite").strip("'")
        keys = [k for k in re.split(r"[.$]", path) if k]
        node.replace(exp.Anonymous(this="json_extract_path_text", expressions=[
            exp.cast(node.this, "json"), *[exp.Literal.string(k) for k in keys]]))
    for table in list(tree.find_all(exp.Table)):
        func = table.this
        if isinstance(func, exp.Anonymous) and func.name.lower() == "json_each":
            alias = table.alias or "json_each"
            table.set("this", exp.Anonymous(this="json_array_elements_text",
                                            expressions=[exp.cast(func.expressions[0], "json")]))
            table.set("alias", exp.TableAlias(this=exp.to_identifier(alias),
                                              columns=[exp.to_identifier("value")]))


def _functions(tree: exp.Expression) -> None:
    for like in list(tree.find_all(exp.Like)):  # SQLite's LIKE ignores case
        like.replace(exp.ILike(this=like.this.copy(), expression=like.expression.copy()))
    for node in list(tree.find_all(exp.Anonymous)):
        name = node.name.lower()
        if name == "quote" and len(node.expressions) == 1:
            node.replace(exp.Coalesce(
                this=exp.Anonymous(this="quote_literal", expressions=node.expressions),
                expressions=[exp.Literal.string("NULL")]))
        elif name == "total" and len(node.expressions) == 1:
            node.replace(exp.cast(exp.Coalesce(this=exp.Sum(this=node.expressions[0]),
                                               expressions=[exp.Literal.number(0)]), "double"))
    for node in list(tree.find_all(exp.GroupConcat)):
        value = node.this
        if isinstance(value, exp.Order):  # group_concat(x ORDER BY ...) keeps its order
            value.set("this", exp.cast(value.this, "text"))
        else:
            node.set("this", exp.cast(value, "text"))
        if node.args.get("separator") is None:
            node.set("separator", exp.Literal.string(","))


def _subquery_aliases(tree: exp.Expression) -> None:
    count = 0
    for sub in list(tree.find_all(exp.Subquery)):
        if isinstance(sub.parent, (exp.From, exp.Join)) and not sub.alias:
            count += 1
            sub.set("alias", exp.TableAlias(this=exp.to_identifier(f"_sub{count}")))


def _limits(tree: exp.Expression) -> None:
    for limit in list(tree.find_all(exp.Limit)):
        value = limit.expression
        if isinstance(value, exp.Neg):
            limit.pop()


_BOOLEAN = (exp.Predicate, exp.Not, exp.Connector, exp.Boolean)


def _is_boolean(node: exp.Expression) -> bool:
    while isinstance(node, exp.Paren):
        node = node.this
    return isinstance(node, _BOOLEAN)


def _as_integer(node: exp.Expression) -> exp.Expression:
    return exp.Cast(this=exp.Paren(this=node.copy()) if not isinstance(node, exp.Paren)
                    else node.copy(), to=exp.DataType.build("int"))


def _booleans(tree: exp.Expression) -> None:
    """SQLite's truth values are the integers 0 and 1; where a value is added, summed,
    stored or returned, PostgreSQL's booleans become those integers too."""
    for node in list(tree.find_all(exp.Add, exp.Sub, exp.Mul, exp.Div)):
        for side in ("this", "expression"):
            child = node.args.get(side)
            if child is not None and _is_boolean(child):
                child.replace(_as_integer(child))
    for node in list(tree.find_all(exp.Sum, exp.Avg, exp.Max, exp.Min)):
        child = node.this
        if child is not None and _is_boolean(child):
            child.replace(_as_integer(child))
    for values in list(tree.find_all(exp.Values)):
        for row in values.expressions:
            for item in list(row.expressions):
                if _is_boolean(item):
                    item.replace(_as_integer(item))
    for node in list(tree.find_all(exp.Literal)):  # WHERE 1, AND (0)
        parent = node.parent
        while isinstance(parent, exp.Paren):
            parent = parent.parent
        if not node.is_string and isinstance(parent, (exp.Connector, exp.Where, exp.Not)):
            node.replace(exp.Boolean(this=node.this not in ("0", "0.0")))
    outer = [tree] if isinstance(tree, exp.Select) else []
    if isinstance(tree, exp.Union):
        outer = [tree.left, tree.right]
    if isinstance(tree, exp.Insert) and isinstance(tree.expression, exp.Select):
        outer.append(tree.expression)
    for select in outer:
        for item in list(select.expressions):
            inner = item.this if isinstance(item, exp.Alias) else item
            if _is_boolean(inner):
                inner.replace(_as_integer(inner))


def _create_table(tree: exp.Create) -> None:
    if (tree.args.get("kind") or "").upper() != "TABLE" or not isinstance(tree.this, exp.Schema):
        return
    temporary = any(isinstance(p, exp.TemporaryProperty)
                    for p in (tree.args.get("properties") or exp.Properties()).expressions)
    for column in tree.this.expressions:
        kind = column.args.get("kind") if isinstance(column, exp.ColumnDef) else None
        if kind is not None and kind.is_type("int"):  # SQLite's integers are 64-bit
            column.set("kind", exp.DataType.build("bigint"))
        if kind is not None and kind.is_type("text"):
            column.append("constraints", exp.ColumnConstraint(
                kind=exp.CollateColumnConstraint(this=exp.to_identifier("C", quoted=True))))
    names = {c.name for c in tree.this.expressions if isinstance(c, exp.ColumnDef)}
    if not temporary and "rowid" not in names:
        tree.this.append("expressions", sqlglot.parse_one(
            "CREATE TABLE x (rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE)",
            read="postgres").this.expressions[0])
