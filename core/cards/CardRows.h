#pragma once
// Row helpers shared by CardRepository.cpp and CardRedeem.cpp (core/cards only).

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/cards/CoffeeCard.h"
#include "core/storage/Sql.h"

namespace ak::cardrows {

QDateTime fromIso(const QVariant& v);  // invalid for NULL
extern const char* const kCardColumns;  // SELECT ... FROM coffee_cards c JOIN card_types t
CoffeeCard cardFrom(const QSqlQuery& q, const QDateTime& now);

}  // namespace ak::cardrows
