"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_quote_accepted_payload import BatchQuoteAcceptedPayload
    from .batch_quote_accepted_payload_msg import BatchQuoteAcceptedPayloadMsg
    from .batch_quote_accepted_payload_msg_accepted_side import (
        BatchQuoteAcceptedPayloadMsgAcceptedSide,
    )
    from .batch_quote_accepted_payload_msg_quotes_item import (
        BatchQuoteAcceptedPayloadMsgQuotesItem,
    )
    from .batch_quote_created_payload import BatchQuoteCreatedPayload
    from .batch_quote_created_payload_msg import BatchQuoteCreatedPayloadMsg
    from .batch_quote_created_payload_msg_quotes_item import (
        BatchQuoteCreatedPayloadMsgQuotesItem,
    )
    from .batch_quote_executed_payload import BatchQuoteExecutedPayload
    from .batch_quote_executed_payload_msg import BatchQuoteExecutedPayloadMsg
    from .book_side import BookSide
    from .cfbenchmarks_5_hz_index_list_payload import Cfbenchmarks5HzIndexListPayload
    from .cfbenchmarks_5_hz_index_list_payload_msg import (
        Cfbenchmarks5HzIndexListPayloadMsg,
    )
    from .cfbenchmarks_avg_data import CfbenchmarksAvgData
    from .cfbenchmarks_index_list_payload import CfbenchmarksIndexListPayload
    from .cfbenchmarks_index_list_payload_msg import CfbenchmarksIndexListPayloadMsg
    from .cfbenchmarks_update_subscription_command_payload import (
        CfbenchmarksUpdateSubscriptionCommandPayload,
    )
    from .cfbenchmarks_update_subscription_command_payload_params import (
        CfbenchmarksUpdateSubscriptionCommandPayloadParams,
    )
    from .cfbenchmarks_update_subscription_command_payload_params_action import (
        CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction,
    )
    from .cfbenchmarks_value_5_hz_payload import CfbenchmarksValue5HzPayload
    from .cfbenchmarks_value_5_hz_payload_msg import CfbenchmarksValue5HzPayloadMsg
    from .cfbenchmarks_value_payload import CfbenchmarksValuePayload
    from .cfbenchmarks_value_payload_msg import CfbenchmarksValuePayloadMsg
    from .error_response_payload import ErrorResponsePayload
    from .error_response_payload_msg import ErrorResponsePayloadMsg
    from .error_response_payload_msg_code import ErrorResponsePayloadMsgCode
    from .event_fee_update_payload import EventFeeUpdatePayload
    from .event_fee_update_payload_msg import EventFeeUpdatePayloadMsg
    from .event_fee_update_payload_msg_fee_type_override_type_0 import (
        EventFeeUpdatePayloadMsgFeeTypeOverrideType0,
    )
    from .event_lifecycle_payload import EventLifecyclePayload
    from .event_lifecycle_payload_msg import EventLifecyclePayloadMsg
    from .event_lifecycle_payload_msg_collateral_return_type import (
        EventLifecyclePayloadMsgCollateralReturnType,
    )
    from .fill_payload import FillPayload
    from .fill_payload_msg import FillPayloadMsg
    from .last_update_reason import LastUpdateReason
    from .lifecycle_additional_metadata import LifecycleAdditionalMetadata
    from .lifecycle_additional_metadata_custom_strike import (
        LifecycleAdditionalMetadataCustomStrike,
    )
    from .lifecycle_price_level_structure import LifecyclePriceLevelStructure
    from .list_subscriptions_command_payload import ListSubscriptionsCommandPayload
    from .list_subscriptions_response_payload import ListSubscriptionsResponsePayload
    from .list_subscriptions_response_payload_msg_item import (
        ListSubscriptionsResponsePayloadMsgItem,
    )
    from .market_lifecycle_v2_payload import MarketLifecycleV2Payload
    from .market_lifecycle_v2_payload_msg import MarketLifecycleV2PayloadMsg
    from .market_lifecycle_v2_payload_msg_event_type import (
        MarketLifecycleV2PayloadMsgEventType,
    )
    from .market_lifecycle_v2_payload_msg_price_ranges_item import (
        MarketLifecycleV2PayloadMsgPriceRangesItem,
    )
    from .market_metadata_updated_payload import MarketMetadataUpdatedPayload
    from .market_metadata_updated_payload_msg import MarketMetadataUpdatedPayloadMsg
    from .market_metadata_updated_payload_msg_custom_strike import (
        MarketMetadataUpdatedPayloadMsgCustomStrike,
    )
    from .market_position_payload import MarketPositionPayload
    from .market_position_payload_msg import MarketPositionPayloadMsg
    from .market_side import MarketSide
    from .multivariate_market_lifecycle_payload import (
        MultivariateMarketLifecyclePayload,
    )
    from .multivariate_market_lifecycle_payload_msg import (
        MultivariateMarketLifecyclePayloadMsg,
    )
    from .multivariate_market_lifecycle_payload_msg_event_type import (
        MultivariateMarketLifecyclePayloadMsgEventType,
    )
    from .ok_response_payload import OkResponsePayload
    from .ok_response_payload_msg import OkResponsePayloadMsg
    from .order_action import OrderAction
    from .order_group_updates_payload import OrderGroupUpdatesPayload
    from .order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg
    from .order_group_updates_payload_msg_event_type import (
        OrderGroupUpdatesPayloadMsgEventType,
    )
    from .orderbook_delta_payload import OrderbookDeltaPayload
    from .orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg
    from .orderbook_snapshot_payload import OrderbookSnapshotPayload
    from .orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg
    from .pyth_underlying_list_payload import PythUnderlyingListPayload
    from .pyth_underlying_list_payload_msg import PythUnderlyingListPayloadMsg
    from .pyth_update_subscription_command_payload import (
        PythUpdateSubscriptionCommandPayload,
    )
    from .pyth_update_subscription_command_payload_params import (
        PythUpdateSubscriptionCommandPayloadParams,
    )
    from .pyth_update_subscription_command_payload_params_action import (
        PythUpdateSubscriptionCommandPayloadParamsAction,
    )
    from .pyth_value_payload import PythValuePayload
    from .pyth_value_payload_msg import PythValuePayloadMsg
    from .quote_accepted_payload import QuoteAcceptedPayload
    from .quote_accepted_payload_msg import QuoteAcceptedPayloadMsg
    from .quote_accepted_payload_msg_accepted_side import (
        QuoteAcceptedPayloadMsgAcceptedSide,
    )
    from .quote_created_payload import QuoteCreatedPayload
    from .quote_created_payload_msg import QuoteCreatedPayloadMsg
    from .quote_executed_payload import QuoteExecutedPayload
    from .quote_executed_payload_msg import QuoteExecutedPayloadMsg
    from .rfq_batch_best_quotes_payload import RfqBatchBestQuotesPayload
    from .rfq_batch_best_quotes_payload_msg import RfqBatchBestQuotesPayloadMsg
    from .rfq_batch_best_quotes_payload_msg_rfqs_item import (
        RfqBatchBestQuotesPayloadMsgRfqsItem,
    )
    from .rfq_batch_created_payload import RfqBatchCreatedPayload
    from .rfq_batch_created_payload_msg import RfqBatchCreatedPayloadMsg
    from .rfq_batch_created_payload_msg_legs_item import (
        RfqBatchCreatedPayloadMsgLegsItem,
    )
    from .rfq_batch_created_payload_msg_legs_item_side import (
        RfqBatchCreatedPayloadMsgLegsItemSide,
    )
    from .rfq_batch_created_payload_msg_rfqs_item import (
        RfqBatchCreatedPayloadMsgRfqsItem,
    )
    from .rfq_batch_deleted_payload import RfqBatchDeletedPayload
    from .rfq_batch_deleted_payload_msg import RfqBatchDeletedPayloadMsg
    from .rfq_batch_executed_payload import RfqBatchExecutedPayload
    from .rfq_batch_executed_payload_msg import RfqBatchExecutedPayloadMsg
    from .rfq_created_payload import RfqCreatedPayload
    from .rfq_created_payload_msg import RfqCreatedPayloadMsg
    from .rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )
    from .rfq_created_payload_msg_mve_selected_legs_item_side import (
        RfqCreatedPayloadMsgMveSelectedLegsItemSide,
    )
    from .rfq_deleted_payload import RfqDeletedPayload
    from .rfq_deleted_payload_msg import RfqDeletedPayloadMsg
    from .subscribe_command_payload import SubscribeCommandPayload
    from .subscribe_command_payload_params import SubscribeCommandPayloadParams
    from .subscribe_command_payload_params_channels_item import (
        SubscribeCommandPayloadParamsChannelsItem,
    )
    from .subscribe_command_payload_params_user_filter import (
        SubscribeCommandPayloadParamsUserFilter,
    )
    from .subscribed_indices_response_payload import SubscribedIndicesResponsePayload
    from .subscribed_indices_response_payload_msg import (
        SubscribedIndicesResponsePayloadMsg,
    )
    from .subscribed_response_payload import SubscribedResponsePayload
    from .subscribed_response_payload_msg import SubscribedResponsePayloadMsg
    from .subscribed_underlyings_response_payload import (
        SubscribedUnderlyingsResponsePayload,
    )
    from .subscribed_underlyings_response_payload_msg import (
        SubscribedUnderlyingsResponsePayloadMsg,
    )
    from .ticker_payload import TickerPayload
    from .ticker_payload_msg import TickerPayloadMsg
    from .trade_payload import TradePayload
    from .trade_payload_msg import TradePayloadMsg
    from .unsubscribe_command_payload import UnsubscribeCommandPayload
    from .unsubscribe_command_payload_params import UnsubscribeCommandPayloadParams
    from .unsubscribed_response_payload import UnsubscribedResponsePayload
    from .update_subscription_command_payload import UpdateSubscriptionCommandPayload
    from .update_subscription_command_payload_params import (
        UpdateSubscriptionCommandPayloadParams,
    )
    from .update_subscription_command_payload_params_action import (
        UpdateSubscriptionCommandPayloadParamsAction,
    )
    from .user_order_payload import UserOrderPayload
    from .user_order_payload_msg import UserOrderPayloadMsg
    from .user_order_payload_msg_self_trade_prevention_type import (
        UserOrderPayloadMsgSelfTradePreventionType,
    )
    from .user_order_payload_msg_status import UserOrderPayloadMsgStatus

_MODULE_OF: dict[str, str] = {
    "BatchQuoteAcceptedPayload": ".batch_quote_accepted_payload",
    "BatchQuoteAcceptedPayloadMsg": ".batch_quote_accepted_payload_msg",
    "BatchQuoteAcceptedPayloadMsgAcceptedSide": ".batch_quote_accepted_payload_msg_accepted_side",
    "BatchQuoteAcceptedPayloadMsgQuotesItem": ".batch_quote_accepted_payload_msg_quotes_item",
    "BatchQuoteCreatedPayload": ".batch_quote_created_payload",
    "BatchQuoteCreatedPayloadMsg": ".batch_quote_created_payload_msg",
    "BatchQuoteCreatedPayloadMsgQuotesItem": ".batch_quote_created_payload_msg_quotes_item",
    "BatchQuoteExecutedPayload": ".batch_quote_executed_payload",
    "BatchQuoteExecutedPayloadMsg": ".batch_quote_executed_payload_msg",
    "BookSide": ".book_side",
    "Cfbenchmarks5HzIndexListPayload": ".cfbenchmarks_5_hz_index_list_payload",
    "Cfbenchmarks5HzIndexListPayloadMsg": ".cfbenchmarks_5_hz_index_list_payload_msg",
    "CfbenchmarksAvgData": ".cfbenchmarks_avg_data",
    "CfbenchmarksIndexListPayload": ".cfbenchmarks_index_list_payload",
    "CfbenchmarksIndexListPayloadMsg": ".cfbenchmarks_index_list_payload_msg",
    "CfbenchmarksUpdateSubscriptionCommandPayload": ".cfbenchmarks_update_subscription_command_payload",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParams": ".cfbenchmarks_update_subscription_command_payload_params",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction": ".cfbenchmarks_update_subscription_command_payload_params_action",
    "CfbenchmarksValue5HzPayload": ".cfbenchmarks_value_5_hz_payload",
    "CfbenchmarksValue5HzPayloadMsg": ".cfbenchmarks_value_5_hz_payload_msg",
    "CfbenchmarksValuePayload": ".cfbenchmarks_value_payload",
    "CfbenchmarksValuePayloadMsg": ".cfbenchmarks_value_payload_msg",
    "ErrorResponsePayload": ".error_response_payload",
    "ErrorResponsePayloadMsg": ".error_response_payload_msg",
    "ErrorResponsePayloadMsgCode": ".error_response_payload_msg_code",
    "EventFeeUpdatePayload": ".event_fee_update_payload",
    "EventFeeUpdatePayloadMsg": ".event_fee_update_payload_msg",
    "EventFeeUpdatePayloadMsgFeeTypeOverrideType0": ".event_fee_update_payload_msg_fee_type_override_type_0",
    "EventLifecyclePayload": ".event_lifecycle_payload",
    "EventLifecyclePayloadMsg": ".event_lifecycle_payload_msg",
    "EventLifecyclePayloadMsgCollateralReturnType": ".event_lifecycle_payload_msg_collateral_return_type",
    "FillPayload": ".fill_payload",
    "FillPayloadMsg": ".fill_payload_msg",
    "LastUpdateReason": ".last_update_reason",
    "LifecycleAdditionalMetadata": ".lifecycle_additional_metadata",
    "LifecycleAdditionalMetadataCustomStrike": ".lifecycle_additional_metadata_custom_strike",
    "LifecyclePriceLevelStructure": ".lifecycle_price_level_structure",
    "ListSubscriptionsCommandPayload": ".list_subscriptions_command_payload",
    "ListSubscriptionsResponsePayload": ".list_subscriptions_response_payload",
    "ListSubscriptionsResponsePayloadMsgItem": ".list_subscriptions_response_payload_msg_item",
    "MarketLifecycleV2Payload": ".market_lifecycle_v2_payload",
    "MarketLifecycleV2PayloadMsg": ".market_lifecycle_v2_payload_msg",
    "MarketLifecycleV2PayloadMsgEventType": ".market_lifecycle_v2_payload_msg_event_type",
    "MarketLifecycleV2PayloadMsgPriceRangesItem": ".market_lifecycle_v2_payload_msg_price_ranges_item",
    "MarketMetadataUpdatedPayload": ".market_metadata_updated_payload",
    "MarketMetadataUpdatedPayloadMsg": ".market_metadata_updated_payload_msg",
    "MarketMetadataUpdatedPayloadMsgCustomStrike": ".market_metadata_updated_payload_msg_custom_strike",
    "MarketPositionPayload": ".market_position_payload",
    "MarketPositionPayloadMsg": ".market_position_payload_msg",
    "MarketSide": ".market_side",
    "MultivariateMarketLifecyclePayload": ".multivariate_market_lifecycle_payload",
    "MultivariateMarketLifecyclePayloadMsg": ".multivariate_market_lifecycle_payload_msg",
    "MultivariateMarketLifecyclePayloadMsgEventType": ".multivariate_market_lifecycle_payload_msg_event_type",
    "OkResponsePayload": ".ok_response_payload",
    "OkResponsePayloadMsg": ".ok_response_payload_msg",
    "OrderAction": ".order_action",
    "OrderGroupUpdatesPayload": ".order_group_updates_payload",
    "OrderGroupUpdatesPayloadMsg": ".order_group_updates_payload_msg",
    "OrderGroupUpdatesPayloadMsgEventType": ".order_group_updates_payload_msg_event_type",
    "OrderbookDeltaPayload": ".orderbook_delta_payload",
    "OrderbookDeltaPayloadMsg": ".orderbook_delta_payload_msg",
    "OrderbookSnapshotPayload": ".orderbook_snapshot_payload",
    "OrderbookSnapshotPayloadMsg": ".orderbook_snapshot_payload_msg",
    "PythUnderlyingListPayload": ".pyth_underlying_list_payload",
    "PythUnderlyingListPayloadMsg": ".pyth_underlying_list_payload_msg",
    "PythUpdateSubscriptionCommandPayload": ".pyth_update_subscription_command_payload",
    "PythUpdateSubscriptionCommandPayloadParams": ".pyth_update_subscription_command_payload_params",
    "PythUpdateSubscriptionCommandPayloadParamsAction": ".pyth_update_subscription_command_payload_params_action",
    "PythValuePayload": ".pyth_value_payload",
    "PythValuePayloadMsg": ".pyth_value_payload_msg",
    "QuoteAcceptedPayload": ".quote_accepted_payload",
    "QuoteAcceptedPayloadMsg": ".quote_accepted_payload_msg",
    "QuoteAcceptedPayloadMsgAcceptedSide": ".quote_accepted_payload_msg_accepted_side",
    "QuoteCreatedPayload": ".quote_created_payload",
    "QuoteCreatedPayloadMsg": ".quote_created_payload_msg",
    "QuoteExecutedPayload": ".quote_executed_payload",
    "QuoteExecutedPayloadMsg": ".quote_executed_payload_msg",
    "RfqBatchBestQuotesPayload": ".rfq_batch_best_quotes_payload",
    "RfqBatchBestQuotesPayloadMsg": ".rfq_batch_best_quotes_payload_msg",
    "RfqBatchBestQuotesPayloadMsgRfqsItem": ".rfq_batch_best_quotes_payload_msg_rfqs_item",
    "RfqBatchCreatedPayload": ".rfq_batch_created_payload",
    "RfqBatchCreatedPayloadMsg": ".rfq_batch_created_payload_msg",
    "RfqBatchCreatedPayloadMsgLegsItem": ".rfq_batch_created_payload_msg_legs_item",
    "RfqBatchCreatedPayloadMsgLegsItemSide": ".rfq_batch_created_payload_msg_legs_item_side",
    "RfqBatchCreatedPayloadMsgRfqsItem": ".rfq_batch_created_payload_msg_rfqs_item",
    "RfqBatchDeletedPayload": ".rfq_batch_deleted_payload",
    "RfqBatchDeletedPayloadMsg": ".rfq_batch_deleted_payload_msg",
    "RfqBatchExecutedPayload": ".rfq_batch_executed_payload",
    "RfqBatchExecutedPayloadMsg": ".rfq_batch_executed_payload_msg",
    "RfqCreatedPayload": ".rfq_created_payload",
    "RfqCreatedPayloadMsg": ".rfq_created_payload_msg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem": ".rfq_created_payload_msg_mve_selected_legs_item",
    "RfqCreatedPayloadMsgMveSelectedLegsItemSide": ".rfq_created_payload_msg_mve_selected_legs_item_side",
    "RfqDeletedPayload": ".rfq_deleted_payload",
    "RfqDeletedPayloadMsg": ".rfq_deleted_payload_msg",
    "SubscribeCommandPayload": ".subscribe_command_payload",
    "SubscribeCommandPayloadParams": ".subscribe_command_payload_params",
    "SubscribeCommandPayloadParamsChannelsItem": ".subscribe_command_payload_params_channels_item",
    "SubscribeCommandPayloadParamsUserFilter": ".subscribe_command_payload_params_user_filter",
    "SubscribedIndicesResponsePayload": ".subscribed_indices_response_payload",
    "SubscribedIndicesResponsePayloadMsg": ".subscribed_indices_response_payload_msg",
    "SubscribedResponsePayload": ".subscribed_response_payload",
    "SubscribedResponsePayloadMsg": ".subscribed_response_payload_msg",
    "SubscribedUnderlyingsResponsePayload": ".subscribed_underlyings_response_payload",
    "SubscribedUnderlyingsResponsePayloadMsg": ".subscribed_underlyings_response_payload_msg",
    "TickerPayload": ".ticker_payload",
    "TickerPayloadMsg": ".ticker_payload_msg",
    "TradePayload": ".trade_payload",
    "TradePayloadMsg": ".trade_payload_msg",
    "UnsubscribeCommandPayload": ".unsubscribe_command_payload",
    "UnsubscribeCommandPayloadParams": ".unsubscribe_command_payload_params",
    "UnsubscribedResponsePayload": ".unsubscribed_response_payload",
    "UpdateSubscriptionCommandPayload": ".update_subscription_command_payload",
    "UpdateSubscriptionCommandPayloadParams": ".update_subscription_command_payload_params",
    "UpdateSubscriptionCommandPayloadParamsAction": ".update_subscription_command_payload_params_action",
    "UserOrderPayload": ".user_order_payload",
    "UserOrderPayloadMsg": ".user_order_payload_msg",
    "UserOrderPayloadMsgSelfTradePreventionType": ".user_order_payload_msg_self_trade_prevention_type",
    "UserOrderPayloadMsgStatus": ".user_order_payload_msg_status",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "BatchQuoteAcceptedPayload",
    "BatchQuoteAcceptedPayloadMsg",
    "BatchQuoteAcceptedPayloadMsgAcceptedSide",
    "BatchQuoteAcceptedPayloadMsgQuotesItem",
    "BatchQuoteCreatedPayload",
    "BatchQuoteCreatedPayloadMsg",
    "BatchQuoteCreatedPayloadMsgQuotesItem",
    "BatchQuoteExecutedPayload",
    "BatchQuoteExecutedPayloadMsg",
    "BookSide",
    "Cfbenchmarks5HzIndexListPayload",
    "Cfbenchmarks5HzIndexListPayloadMsg",
    "CfbenchmarksAvgData",
    "CfbenchmarksIndexListPayload",
    "CfbenchmarksIndexListPayloadMsg",
    "CfbenchmarksUpdateSubscriptionCommandPayload",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParams",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction",
    "CfbenchmarksValue5HzPayload",
    "CfbenchmarksValue5HzPayloadMsg",
    "CfbenchmarksValuePayload",
    "CfbenchmarksValuePayloadMsg",
    "ErrorResponsePayload",
    "ErrorResponsePayloadMsg",
    "ErrorResponsePayloadMsgCode",
    "EventFeeUpdatePayload",
    "EventFeeUpdatePayloadMsg",
    "EventFeeUpdatePayloadMsgFeeTypeOverrideType0",
    "EventLifecyclePayload",
    "EventLifecyclePayloadMsg",
    "EventLifecyclePayloadMsgCollateralReturnType",
    "FillPayload",
    "FillPayloadMsg",
    "LastUpdateReason",
    "LifecycleAdditionalMetadata",
    "LifecycleAdditionalMetadataCustomStrike",
    "LifecyclePriceLevelStructure",
    "ListSubscriptionsCommandPayload",
    "ListSubscriptionsResponsePayload",
    "ListSubscriptionsResponsePayloadMsgItem",
    "MarketLifecycleV2Payload",
    "MarketLifecycleV2PayloadMsg",
    "MarketLifecycleV2PayloadMsgEventType",
    "MarketLifecycleV2PayloadMsgPriceRangesItem",
    "MarketMetadataUpdatedPayload",
    "MarketMetadataUpdatedPayloadMsg",
    "MarketMetadataUpdatedPayloadMsgCustomStrike",
    "MarketPositionPayload",
    "MarketPositionPayloadMsg",
    "MarketSide",
    "MultivariateMarketLifecyclePayload",
    "MultivariateMarketLifecyclePayloadMsg",
    "MultivariateMarketLifecyclePayloadMsgEventType",
    "OkResponsePayload",
    "OkResponsePayloadMsg",
    "OrderAction",
    "OrderbookDeltaPayload",
    "OrderbookDeltaPayloadMsg",
    "OrderbookSnapshotPayload",
    "OrderbookSnapshotPayloadMsg",
    "OrderGroupUpdatesPayload",
    "OrderGroupUpdatesPayloadMsg",
    "OrderGroupUpdatesPayloadMsgEventType",
    "PythUnderlyingListPayload",
    "PythUnderlyingListPayloadMsg",
    "PythUpdateSubscriptionCommandPayload",
    "PythUpdateSubscriptionCommandPayloadParams",
    "PythUpdateSubscriptionCommandPayloadParamsAction",
    "PythValuePayload",
    "PythValuePayloadMsg",
    "QuoteAcceptedPayload",
    "QuoteAcceptedPayloadMsg",
    "QuoteAcceptedPayloadMsgAcceptedSide",
    "QuoteCreatedPayload",
    "QuoteCreatedPayloadMsg",
    "QuoteExecutedPayload",
    "QuoteExecutedPayloadMsg",
    "RfqBatchBestQuotesPayload",
    "RfqBatchBestQuotesPayloadMsg",
    "RfqBatchBestQuotesPayloadMsgRfqsItem",
    "RfqBatchCreatedPayload",
    "RfqBatchCreatedPayloadMsg",
    "RfqBatchCreatedPayloadMsgLegsItem",
    "RfqBatchCreatedPayloadMsgLegsItemSide",
    "RfqBatchCreatedPayloadMsgRfqsItem",
    "RfqBatchDeletedPayload",
    "RfqBatchDeletedPayloadMsg",
    "RfqBatchExecutedPayload",
    "RfqBatchExecutedPayloadMsg",
    "RfqCreatedPayload",
    "RfqCreatedPayloadMsg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem",
    "RfqCreatedPayloadMsgMveSelectedLegsItemSide",
    "RfqDeletedPayload",
    "RfqDeletedPayloadMsg",
    "SubscribeCommandPayload",
    "SubscribeCommandPayloadParams",
    "SubscribeCommandPayloadParamsChannelsItem",
    "SubscribeCommandPayloadParamsUserFilter",
    "SubscribedIndicesResponsePayload",
    "SubscribedIndicesResponsePayloadMsg",
    "SubscribedResponsePayload",
    "SubscribedResponsePayloadMsg",
    "SubscribedUnderlyingsResponsePayload",
    "SubscribedUnderlyingsResponsePayloadMsg",
    "TickerPayload",
    "TickerPayloadMsg",
    "TradePayload",
    "TradePayloadMsg",
    "UnsubscribeCommandPayload",
    "UnsubscribeCommandPayloadParams",
    "UnsubscribedResponsePayload",
    "UpdateSubscriptionCommandPayload",
    "UpdateSubscriptionCommandPayloadParams",
    "UpdateSubscriptionCommandPayloadParamsAction",
    "UserOrderPayload",
    "UserOrderPayloadMsg",
    "UserOrderPayloadMsgSelfTradePreventionType",
    "UserOrderPayloadMsgStatus",
)
