#include "core/storage/PostgresSchema.h"

#include "core/storage/SchemaSeeds.h"

#include <QRegularExpression>

#include <utility>

namespace ak {

namespace {

// BEFORE UPDATE and BEFORE DELETE on `table`, refused with `message` (SQLite: RAISE(ABORT, ...)).
QStringList frozen(const char* table, const char* updateMessage, const char* deleteMessage) {
    const QString t = QString::fromLatin1(table);
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION ak_refuse('%2')")
                .arg(t, QString::fromUtf8(updateMessage)),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION ak_refuse('%2')")
                .arg(t, QString::fromUtf8(deleteMessage))};
}

// What a role that may not read signups' personal columns nor print_jobs.document (the kiosk,
// PostgresRoles.h) still needs of them, each answer no wider than the kiosk's own flow: whether a
// live sign-up has this cancel code or card (its id), the nicknames a café may choose to show at the
// kiosk, and the document of a kiosk's job still waiting to print (printed slips keep visitors'
// cancel codes). They run as the café's owner (SECURITY DEFINER) with the search path pinned to the
// café's schema (nobody's temporary tables in front of it); PUBLIC may not call them, the roles may.
QStringList narrowReads() {
    return {
        QStringLiteral("CREATE FUNCTION ak_signup_with_code(p_activity BIGINT, p_code TEXT) RETURNS BIGINT"
                       " LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT id FROM signups"
                       " WHERE activity_id = p_activity AND cancel_code = p_code AND status <> 'cancelled' $$"),
        QStringLiteral("CREATE FUNCTION ak_signup_with_card(p_activity BIGINT, p_token TEXT) RETURNS BIGINT"
                       " LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT id FROM signups"
                       " WHERE activity_id = p_activity AND card_token = p_token AND status <> 'cancelled' $$"),
        QStringLiteral("CREATE FUNCTION ak_signup_nicknames(p_activity BIGINT) RETURNS TABLE (id BIGINT, nickname TEXT)"
                       " LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT s.id, s.nickname FROM signups s"
                       " WHERE s.activity_id = p_activity AND s.status IN ('confirmed', 'attended')"
                       " AND s.nickname IS NOT NULL $$"),
        // 'kiosk:' is PrintQueue::kioskStation's prefix: the till's receipts are never read this way.
        QStringLiteral("CREATE FUNCTION ak_kiosk_print_document(p_job BIGINT) RETURNS TEXT"
                       " LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT document FROM print_jobs"
                       " WHERE id = p_job AND station LIKE 'kiosk:%' AND state = 'queued' $$"),
        QStringLiteral("DO $$ DECLARE f TEXT; BEGIN"
                       " FOREACH f IN ARRAY ARRAY['%1'] LOOP"
                       "  EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());"
                       "  EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);"
                       " END LOOP; END $$")
            .arg(postgresNarrowReads().join(QStringLiteral("', '"))),
    };
}

// NOTIFY aktivkafe, 'topic' when a statement changed a table another machine shows (ChangeFeed.h):
// sent at commit, once per topic and transaction, never for a write that was rolled back. Only
// PostgreSQL has them (SQLite's feed watches its data_version); core_pg_schema leaves them out of
// its comparison by their _changed suffix.
QStringList changeNotices() {
    QStringList s{QStringLiteral("CREATE FUNCTION ak_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
                                 " BEGIN PERFORM pg_notify('aktivkafe', TG_ARGV[0]); RETURN NULL; END $$")};
    for (const auto& [table, topic] : {std::pair{"serving_queue", "serving"}, std::pair{"signups", "signups"},
                                       std::pair{"activities", "activities"}, std::pair{"coffee_cards", "cards"}})
        // (the events in the order pg_get_triggerdef writes them, which ProtectedTriggers compares)
        s << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR DELETE OR UPDATE ON %1 FOR EACH STATEMENT"
                            " EXECUTE FUNCTION ak_changed('%2')")
                 .arg(QLatin1String(table), QLatin1String(topic));
    return s;
}

QStringList build() {
    QStringList s{
        QStringLiteral("CREATE FUNCTION ak_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"),
        // A JSON text as jsonb, or NULL when it is not JSON (SQLite's json_valid; PostgreSQL 15
        // has no IS JSON): reports read a tampered journal row as "changed", not as a failed query.
        QStringLiteral("CREATE FUNCTION ak_json(t TEXT) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$"
                       " BEGIN RETURN t::jsonb; EXCEPTION WHEN invalid_text_representation THEN RETURN NULL; END $$"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE categories ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE, name_nb TEXT NOT NULL, name_da TEXT NOT NULL, name_en TEXT NOT NULL,"
                       " sort_order BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE card_types ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('free', 'punch', 'day_pass')),"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " cups BIGINT CHECK (cups IS NULL OR cups > 0),"
                       " validity_days BIGINT CHECK (validity_days IS NULL OR validity_days > 0),"
                       " programme TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " CHECK (kind <> 'free' OR (length(programme) > 0 AND validity_days IS NOT NULL)),"
                       " CHECK (kind <> 'punch' OR cups IS NOT NULL), CHECK (kind <> 'day_pass' OR cups IS NULL))"),
        QStringLiteral("CREATE TABLE products ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " category_id BIGINT NOT NULL REFERENCES categories(id),"
                       " code TEXT NOT NULL UNIQUE, name_nb TEXT NOT NULL, name_da TEXT NOT NULL, name_en TEXT NOT NULL,"
                       " price_minor BIGINT NOT NULL CHECK (price_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                       " vat_class TEXT NOT NULL CHECK (vat_class IN ('standard', 'food', 'exempt')),"
                       " saft_basic_id TEXT NOT NULL CHECK (length(saft_basic_id) = 5),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " sort_order BIGINT NOT NULL DEFAULT 0,"
                       " card_type_id BIGINT REFERENCES card_types(id),"
                       " coffee_card_payable INTEGER NOT NULL DEFAULT 0 CHECK (coffee_card_payable IN (0, 1)))"),
        QStringLiteral("CREATE INDEX products_by_category ON products (category_id, active, sort_order)"),
        QStringLiteral("CREATE TABLE staff ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " role TEXT NOT NULL CHECK (role IN ('volunteer', 'manager')),"
                       " pin_hash TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " failed_pins BIGINT NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),"
                       " lockouts BIGINT NOT NULL DEFAULT 0 CHECK (lockouts >= 0),"
                       " locked_until TEXT)"),
        QStringLiteral("CREATE TABLE activities ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " title TEXT NOT NULL CHECK (length(title) > 0),"
                       " description TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',"
                       " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,"
                       " capacity BIGINT CHECK (capacity IS NULL OR capacity > 0),"
                       " price_minor BIGINT NOT NULL DEFAULT 0 CHECK (price_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                       " signup_deadline TEXT,"
                       " waitlist INTEGER NOT NULL DEFAULT 0 CHECK (waitlist IN (0, 1)),"
                       " cancelled_at TEXT, series_id BIGINT,"
                       " CHECK (ends_at >= starts_at))"),
        QStringLiteral("CREATE INDEX activities_by_start ON activities (starts_at)"),
        QStringLiteral("CREATE INDEX activities_by_series ON activities (series_id)"),
        QStringLiteral("CREATE TABLE journal ("
                       " seq BIGINT PRIMARY KEY, at TEXT NOT NULL, register_id TEXT NOT NULL, actor TEXT NOT NULL,"
                       " kind TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_by_kind ON journal (kind, register_id, at)"),
        QStringLiteral("CREATE INDEX journal_by_time ON journal (register_id, at)"),
        QStringLiteral("CREATE TABLE journal_head (id BIGINT PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash TEXT NOT NULL)"),
        schema::journalGenesis(),
        QStringLiteral("CREATE FUNCTION ak_journal_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "  IF NEW.seq IS DISTINCT FROM (SELECT seq + 1 FROM journal_head) THEN"
                       "   RAISE EXCEPTION 'journal rows must follow the head';"
                       "  END IF;"
                       "  RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER journal_in_sequence BEFORE INSERT ON journal FOR EACH ROW"
                       " EXECUTE FUNCTION ak_journal_in_sequence()"),
        QStringLiteral("CREATE FUNCTION ak_journal_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "  IF NEW.seq <= OLD.seq OR NEW.id IS DISTINCT FROM OLD.id THEN"
                       "   RAISE EXCEPTION 'the journal head only moves forward';"
                       "  END IF;"
                       "  RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER journal_head_forward BEFORE UPDATE ON journal_head FOR EACH ROW"
                       " EXECUTE FUNCTION ak_journal_head_forward()"),
        QStringLiteral("CREATE TRIGGER journal_head_no_delete BEFORE DELETE ON journal_head FOR EACH ROW"
                       " EXECUTE FUNCTION ak_refuse('the journal head cannot be deleted')"),
        QStringLiteral("CREATE TABLE business_days ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " register_id TEXT NOT NULL, opened_at TEXT NOT NULL, closed_at TEXT,"
                       " z_number BIGINT CHECK (z_number > 0), z_by BIGINT REFERENCES staff(id),"
                       " grand_sales_minor BIGINT, grand_returns_minor BIGINT, z_report TEXT,"
                       " CHECK ((closed_at IS NULL) = (z_number IS NULL)), CHECK ((closed_at IS NULL) = (z_report IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX business_days_open ON business_days (register_id) WHERE closed_at IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX business_days_z ON business_days (register_id, z_number)"),
        QStringLiteral("CREATE TABLE shifts ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " business_day_id BIGINT NOT NULL REFERENCES business_days(id),"
                       " register_id TEXT NOT NULL, opened_at TEXT NOT NULL,"
                       " opened_by BIGINT NOT NULL REFERENCES staff(id),"
                       " float_count TEXT NOT NULL, float_minor BIGINT NOT NULL CHECK (float_minor >= 0),"
                       " closed_at TEXT, closed_by BIGINT REFERENCES staff(id), second_counter BIGINT REFERENCES staff(id),"
                       " closing_count TEXT, counted_minor BIGINT CHECK (counted_minor >= 0), expected_minor BIGINT,"
                       " note TEXT NOT NULL DEFAULT '', signed_off_by BIGINT REFERENCES staff(id),"
                       " CHECK ((closed_at IS NULL) = (counted_minor IS NULL)),"
                       " CHECK ((closed_at IS NULL) = (expected_minor IS NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX shifts_open ON shifts (register_id) WHERE closed_at IS NULL"),
        QStringLiteral("CREATE INDEX shifts_day ON shifts (business_day_id)"),
        QStringLiteral("CREATE TABLE cash_movements ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " shift_id BIGINT NOT NULL REFERENCES shifts(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('in', 'out', 'no_sale')),"
                       " amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),"
                       " reason TEXT NOT NULL CHECK (length(reason) > 0), at TEXT NOT NULL,"
                       " staff_id BIGINT NOT NULL REFERENCES staff(id),"
                       " CHECK ((kind = 'no_sale') = (amount_minor = 0)))"),
        QStringLiteral("CREATE INDEX cash_movements_shift ON cash_movements (shift_id)"),
        QStringLiteral("CREATE TABLE sales ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " register_id TEXT NOT NULL, receipt_number BIGINT NOT NULL CHECK (receipt_number > 0),"
                       " kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),"
                       " training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),"
                       " operator_id BIGINT NOT NULL REFERENCES staff(id),"
                       " consumption TEXT NOT NULL CHECK (consumption IN ('eat_in', 'takeaway')),"
                       " currency TEXT NOT NULL CHECK (currency IN ('NOK', 'DKK')),"
                       " gross_minor BIGINT NOT NULL, discount_minor BIGINT NOT NULL DEFAULT 0,"
                       " discount_reason_code TEXT NOT NULL DEFAULT '', discount_reason TEXT NOT NULL DEFAULT '',"
                       " total_minor BIGINT NOT NULL, rounding_minor BIGINT NOT NULL DEFAULT 0,"
                       " change_minor BIGINT NOT NULL DEFAULT 0 CHECK (change_minor >= 0),"
                       " created_at TEXT NOT NULL, refers_to BIGINT REFERENCES sales(id),"
                       " return_reason TEXT NOT NULL DEFAULT '', approved_by BIGINT REFERENCES staff(id),"
                       " shift_id BIGINT REFERENCES shifts(id), signature TEXT, key_version BIGINT,"
                       " CHECK ((kind = 'return') = (refers_to IS NOT NULL)),"
                       " CHECK (kind = 'sale' OR (length(return_reason) > 0 AND approved_by IS NOT NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX sales_receipt ON sales (register_id, training, receipt_number)"),
        QStringLiteral("CREATE INDEX sales_refers_to ON sales (refers_to)"),
        QStringLiteral("CREATE INDEX sales_shift ON sales (shift_id)"),
        QStringLiteral("CREATE INDEX sales_chain ON sales (register_id, training, id) WHERE signature IS NOT NULL"),
        QStringLiteral("CREATE INDEX sales_by_time ON sales (register_id, created_at)"),
        QStringLiteral("CREATE TABLE sale_lines ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " sale_id BIGINT NOT NULL REFERENCES sales(id), position BIGINT NOT NULL,"
                       " product_id BIGINT NOT NULL, name TEXT NOT NULL, quantity BIGINT NOT NULL CHECK (quantity <> 0),"
                       " unit_price_minor BIGINT NOT NULL,"
                       " vat_class TEXT NOT NULL CHECK (vat_class IN ('standard', 'food', 'exempt')),"
                       " saft_basic_id TEXT NOT NULL, basis_points BIGINT NOT NULL, gross_minor BIGINT NOT NULL,"
                       " discount_minor BIGINT NOT NULL, net_minor BIGINT NOT NULL,"
                       " returns_line_id BIGINT REFERENCES sale_lines(id), UNIQUE (sale_id, position))"),
        QStringLiteral("CREATE INDEX sale_lines_returns ON sale_lines (returns_line_id)"),
        QStringLiteral("CREATE TABLE sale_payments ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " sale_id BIGINT NOT NULL REFERENCES sales(id), position BIGINT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'mobile', 'coffee_card', 'voucher')),"
                       " amount_minor BIGINT NOT NULL, tendered_minor BIGINT NOT NULL, reference TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (sale_id, position))"),
        QStringLiteral("CREATE TABLE sale_vat ("
                       " sale_id BIGINT NOT NULL REFERENCES sales(id), basis_points BIGINT NOT NULL,"
                       " gross_minor BIGINT NOT NULL, vat_minor BIGINT NOT NULL, net_minor BIGINT NOT NULL,"
                       " PRIMARY KEY (sale_id, basis_points))"),
        QStringLiteral("CREATE TABLE parked_sales ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " register_id TEXT NOT NULL, operator_id BIGINT NOT NULL REFERENCES staff(id),"
                       " parked_at TEXT NOT NULL, draft TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE discount_reasons ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
                       " text_nb TEXT NOT NULL, text_da TEXT NOT NULL, text_en TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), sort_order BIGINT NOT NULL DEFAULT 0)"),
        schema::discountReasons(),
        QStringLiteral("CREATE TABLE receipt_copies ("
                       " sale_id BIGINT PRIMARY KEY REFERENCES sales(id), printed_at TEXT NOT NULL,"
                       " staff_id BIGINT NOT NULL REFERENCES staff(id))"),
        QStringLiteral("CREATE INDEX receipt_copies_by_time ON receipt_copies (printed_at)"),
        QStringLiteral("CREATE TABLE staff_cards ("
                       " token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),"
                       " staff_id BIGINT NOT NULL REFERENCES staff(id), bound_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX staff_cards_by_staff ON staff_cards (staff_id)"),
        QStringLiteral("CREATE TABLE print_jobs ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " created_at TEXT NOT NULL, kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " ref TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', document TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'queued'"
                       "  CHECK (state IN ('queued', 'printing', 'done', 'interrupted', 'cancelled')),"
                       " attempts BIGINT NOT NULL DEFAULT 0 CHECK (attempts >= 0), last_error TEXT NOT NULL DEFAULT '',"
                       " printed_at TEXT, station TEXT NOT NULL DEFAULT 'till' CHECK (length(station) > 0),"
                       " CHECK ((state = 'done') = (printed_at IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX print_jobs_by_state ON print_jobs (state, id)"),
        QStringLiteral("CREATE INDEX print_jobs_by_ref ON print_jobs (ref)"),
        QStringLiteral("CREATE INDEX print_jobs_by_station ON print_jobs (station, state, id)"),
        QStringLiteral("CREATE TABLE serving_queue ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " created_at TEXT NOT NULL, kiosk_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " description TEXT NOT NULL, serving_number BIGINT NOT NULL CHECK (serving_number BETWEEN 1 AND 99),"
                       " served_at TEXT, served_by BIGINT REFERENCES staff(id),"
                       " CHECK ((served_at IS NULL) = (served_by IS NULL)))"),
        QStringLiteral("CREATE INDEX serving_queue_waiting ON serving_queue (served_at, id)"),
        QStringLiteral("CREATE TABLE card_budgets ("
                       " programme TEXT PRIMARY KEY CHECK (length(programme) > 0),"
                       " monthly_cups BIGINT NOT NULL CHECK (monthly_cups > 0))"),
        QStringLiteral("CREATE TABLE coffee_cards ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),"
                       " type_id BIGINT NOT NULL REFERENCES card_types(id), programme TEXT NOT NULL DEFAULT '',"
                       " issued_at TEXT NOT NULL, valid_until TEXT, balance BIGINT CHECK (balance IS NULL OR balance >= 0),"
                       " state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'blocked', 'returned')),"
                       " sale_id BIGINT, nfc_hash TEXT CHECK (nfc_hash IS NULL OR length(nfc_hash) = 64))"),
        QStringLiteral("CREATE UNIQUE INDEX coffee_cards_by_nfc ON coffee_cards (nfc_hash)"),
        QStringLiteral("CREATE TABLE card_events ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " card_id BIGINT NOT NULL REFERENCES coffee_cards(id), at TEXT NOT NULL,"
                       " event TEXT NOT NULL CHECK (event IN ('issued', 'redeemed', 'blocked', 'returned')),"
                       " place TEXT NOT NULL DEFAULT '', balance_after BIGINT,"
                       " serving_id BIGINT REFERENCES serving_queue(id))"),
        QStringLiteral("CREATE INDEX card_events_by_card ON card_events (card_id, event, place, at)"),
        QStringLiteral("CREATE INDEX card_events_by_time ON card_events (event, at)"),
        // SQLite's GLOB and typeof() checks, as a regular expression and a typed column
        QStringLiteral("CREATE TABLE visits ("
                       " id BIGINT PRIMARY KEY CHECK (id > 0),"
                       " at TEXT NOT NULL CHECK (length(at) = 24"
                       "  AND at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00[.]000Z$'"
                       "  AND substr(at, 15, 2) IN ('00', '15', '30', '45')),"
                       " kiosk_id TEXT NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 32),"
                       " first_visit INTEGER CHECK (first_visit IS NULL OR first_visit IN (0, 1)),"
                       " reason TEXT CHECK (reason IS NULL OR reason IN ('coffee', 'activity', 'company', 'talk')),"
                       " mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),"
                       " token TEXT CHECK (token IS NULL OR token ~ '^[0-9a-f]{64}$'))"),
        QStringLiteral("CREATE INDEX visits_by_time ON visits (at)"),
        QStringLiteral("CREATE INDEX visits_by_token ON visits (token, at) WHERE token IS NOT NULL"),
        QStringLiteral("CREATE TABLE visit_secret ("
                       " id BIGINT PRIMARY KEY CHECK (id = 1), secret TEXT NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$'))"),
        QStringLiteral("CREATE TABLE signups ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " activity_id BIGINT NOT NULL REFERENCES activities(id),"
                       " nickname TEXT CHECK (nickname IS NULL OR length(nickname) BETWEEN 1 AND 160),"
                       " card_token TEXT CHECK (card_token IS NULL OR length(card_token) = 64),"
                       " cancel_code TEXT NOT NULL CHECK (length(cancel_code) = 4),"
                       " status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'attended')),"
                       " position BIGINT CHECK (position IS NULL OR position > 0), created_at TEXT NOT NULL,"
                       " CHECK (status <> 'waitlisted' OR position IS NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX signups_live_code ON signups (activity_id, cancel_code) WHERE status <> 'cancelled'"),
        QStringLiteral("CREATE UNIQUE INDEX signups_live_card ON signups (activity_id, card_token)"
                       " WHERE card_token IS NOT NULL AND status <> 'cancelled'"),
        QStringLiteral("CREATE INDEX signups_by_activity ON signups (activity_id, status, position)"),
        QStringLiteral("CREATE TABLE station_leases ("
                       " station TEXT PRIMARY KEY, host TEXT NOT NULL, pid BIGINT NOT NULL,"
                       " started_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE signing_keys ("
                       " register_id TEXT NOT NULL, version BIGINT NOT NULL CHECK (version > 0),"
                       " algorithm TEXT NOT NULL CHECK (algorithm IN ('rsa-sha1', 'hmac-sha1')),"
                       " public_key TEXT NOT NULL DEFAULT '', fingerprint TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " PRIMARY KEY (register_id, version))"),
        QStringLiteral("CREATE TABLE schema_version ("
                       " id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL CHECK (version > 0))"),
        QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, %1)").arg(kPostgresBaselineVersion),
    };
    s << frozen("journal", "the journal is append-only", "the journal is append-only");
    for (const char* t : {"sales", "sale_lines", "sale_payments", "sale_vat"})
        s << frozen(t, "completed sales cannot be changed", "completed sales cannot be changed");
    s << frozen("cash_movements", "cash movements cannot be changed", "cash movements cannot be changed");
    s << frozen("signing_keys", "a signing key cannot be changed", "a signing key cannot be removed");
    s << narrowReads();
    s << changeNotices();
    return s;
}

}  // namespace

const QStringList& postgresBaseline() {
    static const QStringList statements = build();
    return statements;
}

const QStringList& postgresNarrowReads() {
    static const QStringList functions{
        QStringLiteral("ak_signup_with_code(BIGINT, TEXT)"), QStringLiteral("ak_signup_with_card(BIGINT, TEXT)"),
        QStringLiteral("ak_signup_nicknames(BIGINT)"), QStringLiteral("ak_kiosk_print_document(BIGINT)")};
    return functions;
}

const QStringList& postgresTables() {
    static const QStringList tables = [] {
        static const QRegularExpression created(QStringLiteral("^CREATE TABLE (\\w+) "));
        QStringList names;
        for (const QString& statement : postgresBaseline())
            if (const auto m = created.match(statement); m.hasMatch()) names << m.captured(1);
        return names;
    }();
    return tables;
}

}  // namespace ak
